package org.openwtp.sdk.payment;

import java.time.Instant;
import java.util.Objects;
import org.openwtp.sdk.money.Money;

/**
 * A verified event from a provider's webhook. The core applies it idempotently, keyed on
 * (provider, provider reference, event type, event id).
 *
 * @param eventId           the provider's id for the event
 * @param type              what happened
 * @param providerReference the payment it concerns
 * @param amount            the amount involved
 * @param occurredAt        when it happened at the provider
 */
public record PaymentEvent(String eventId, PaymentEventType type, String providerReference, Money amount, Instant occurredAt) {

    /**
     * Validates the event.
     *
     * @param eventId           the provider's id for the event
     * @param type              what happened
     * @param providerReference the payment it concerns
     * @param amount            the amount involved
     * @param occurredAt        when it happened at the provider
     */
    public PaymentEvent {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(providerReference, "provider reference must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
    }
}
