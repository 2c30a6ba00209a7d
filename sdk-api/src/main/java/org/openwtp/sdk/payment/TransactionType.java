package org.openwtp.sdk.payment;

/** The operations on a payment. */
public enum TransactionType {
    /** Funds reserved. */
    AUTHORIZE,
    /** Reserved funds taken. */
    CAPTURE,
    /** A reservation released. */
    VOID,
    /** Captured funds returned. */
    REFUND
}
