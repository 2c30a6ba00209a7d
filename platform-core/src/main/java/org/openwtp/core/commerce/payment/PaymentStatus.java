package org.openwtp.core.commerce.payment;

/** Where a payment stands in the core's books. */
public enum PaymentStatus {
    /** The authorization call is being made. */
    AUTHORIZING,
    /** The provider accepted the authorization but has not decided (PENDING); the reconciler asks. */
    AUTHORIZATION_PENDING,
    /** The authorization's outcome is not known (timeout, outage); the reconciler asks. Never guessed. */
    AUTHORIZATION_UNKNOWN,
    /** Funds are reserved. */
    AUTHORIZED,
    /** The provider declined the authorization. */
    DECLINED,
    /** The provider failed; nothing was reserved. */
    FAILED,
    /** The reservation was released. */
    VOIDED,
    /** Funds were captured. */
    CAPTURED,
    /** Part of the captured funds was refunded. */
    PARTIALLY_REFUNDED,
    /** All captured funds were refunded. */
    REFUNDED
}
