package org.openwtp.sdk.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.money.Money;

/**
 * A verified event from a provider's webhook. The core applies it idempotently, keyed on
 * (provider, provider reference, event type, event id).
 *
 * <p>The core finds the payment by its provider reference. When the provider echoes the core's own payment id
 * ({@link AuthorizeRequest#paymentId()}, usually kept as the provider's merchant reference or metadata), put it in
 * {@code paymentId}: the core then also matches an event for a payment whose reference it never received (an
 * authorization whose answer was lost), records the reference and applies the event.
 *
 * @param eventId           the provider's id for the event
 * @param type              what happened
 * @param providerReference the payment it concerns, as the provider names it
 * @param amount            the amount involved
 * @param occurredAt        when it happened at the provider
 * @param paymentId         the core's payment id, when the provider echoes it; empty otherwise
 */
public record PaymentEvent(String eventId, PaymentEventType type, String providerReference, Money amount, Instant occurredAt,
                           Optional<String> paymentId) {

    /**
     * Validates the event.
     *
     * @param eventId           the provider's id for the event
     * @param type              what happened
     * @param providerReference the payment it concerns, as the provider names it
     * @param amount            the amount involved
     * @param occurredAt        when it happened at the provider
     * @param paymentId         the core's payment id, when the provider echoes it; empty otherwise
     */
    public PaymentEvent {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(providerReference, "provider reference must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        Objects.requireNonNull(paymentId, "paymentId must not be null (use Optional.empty())");
        if (paymentId.isPresent() && paymentId.get().isBlank()) {
            throw new IllegalArgumentException("paymentId must not be blank: leave it empty when the provider does not echo it");
        }
    }

    /**
     * An event without the core's payment id (the provider does not echo it).
     *
     * @param eventId           the provider's id for the event
     * @param type              what happened
     * @param providerReference the payment it concerns, as the provider names it
     * @param amount            the amount involved
     * @param occurredAt        when it happened at the provider
     */
    public PaymentEvent(String eventId, PaymentEventType type, String providerReference, Money amount, Instant occurredAt) {
        this(eventId, type, providerReference, amount, occurredAt, Optional.empty());
    }

    /**
     * This event with the core's payment id the provider echoed.
     *
     * @param paymentId the core's payment id ({@link AuthorizeRequest#paymentId()})
     * @return the event
     */
    public PaymentEvent withPaymentId(String paymentId) {
        return new PaymentEvent(eventId, type, providerReference, amount, occurredAt, Optional.of(paymentId));
    }
}
