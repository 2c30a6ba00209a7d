package org.openwtp.sdk.payment;

/** What a provider's webhook can report. */
public enum PaymentEventType {
    /** Funds were reserved. */
    AUTHORIZED,
    /** The authorization was declined or failed. */
    AUTHORIZATION_FAILED,
    /** Funds were captured. */
    CAPTURED,
    /** The authorization was released. */
    VOIDED,
    /** Funds were refunded. */
    REFUNDED,
    /** Escrowed funds were released to the seller. */
    RELEASED_TO_SELLER
}
