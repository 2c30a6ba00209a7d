package org.openwtp.sdk.payment;

/** The outcome of one payment operation. */
public enum TransactionStatus {
    /** Done. */
    SUCCEEDED,
    /** Refused for a business reason (insufficient funds, stolen card, amount over what remains). */
    DECLINED,
    /** The provider reported an error; nothing happened. */
    FAILED,
    /** Accepted but not final yet; a webhook or {@code retrieve} will tell. */
    PENDING,
    /** We do not know whether it happened (a timeout after sending); reconcile with {@code retrieve}. */
    UNKNOWN
}
