package org.openwtp.plugins.cardsandbox;

/** What the sandbox acquirer does with a card. */
public enum CardBehaviour {
    /** Authorizations, captures and refunds succeed. */
    APPROVE,
    /** Authorization declined: {@code CARD_DECLINED} (a generic issuer refusal). */
    DECLINE_GENERIC,
    /** Authorization declined: {@code INSUFFICIENT_FUNDS}. */
    DECLINE_INSUFFICIENT_FUNDS,
    /** Authorization declined: {@code STOLEN_CARD}. */
    DECLINE_STOLEN,
    /** Authorization FAILED with {@code PROCESSING_ERROR}: the acquirer had an error and nothing was reserved. */
    PROCESSING_ERROR,
    /**
     * Authorization answers PENDING; the payment settles to AUTHORIZED once the configured settlement
     * delay has passed, visible through {@code retrieve}.
     */
    PENDING_THEN_APPROVE,
    /**
     * The first authorization call answers UNKNOWN (as after a read timeout) although the funds were in
     * fact reserved: {@code retrieve} shows AUTHORIZED and a retry with the same idempotency key replays
     * SUCCEEDED.
     */
    TIMEOUT_AFTER_AUTHORIZE,
    /**
     * Authorizes normally, but the first call of each capture answers UNKNOWN although the capture was
     * recorded: {@code retrieve} shows the captured amount.
     */
    TIMEOUT_AFTER_CAPTURE
}
