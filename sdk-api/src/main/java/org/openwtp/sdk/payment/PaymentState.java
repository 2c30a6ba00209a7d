package org.openwtp.sdk.payment;

/** Where a payment stands at the provider. */
public enum PaymentState {
    /** Authorization sent, outcome not known yet. */
    AUTHORIZATION_PENDING,
    /** Funds reserved, nothing captured. */
    AUTHORIZED,
    /** The authorization was declined or failed. */
    DECLINED,
    /** The reservation was released. */
    VOIDED,
    /** Part of the authorised amount was captured. */
    PARTIALLY_CAPTURED,
    /** All of the authorised amount was captured (some may be refunded since). */
    CAPTURED,
    /** Everything captured was refunded. */
    REFUNDED,
    /** The provider has no such payment. */
    NOT_FOUND
}
