package org.openwtp.sdk.payment;

/** How a buyer pays. */
public enum PaymentMethodType {
    /** A payment card. */
    CARD,
    /** A bank transfer. */
    BANK_TRANSFER,
    /** Payment into a trade-assurance escrow account. */
    ESCROW,
    /** An e-wallet. */
    WALLET
}
