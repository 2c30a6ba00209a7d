package org.openwtp.sdk.webhook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.Reason;

/**
 * What a plugin made of an inbound webhook: either verified events for the core to apply
 * (idempotently), or a rejection (bad signature, unknown format) that the core answers with an error.
 *
 * @param events    the verified events, empty when rejected or when the webhook carried nothing relevant
 * @param rejection why the webhook was refused, empty when verified
 * @param <E>       the event type
 */
public record WebhookResult<E>(List<E> events, Optional<Reason> rejection) {

    /**
     * Validates that a rejection carries no events.
     *
     * @param events    the verified events, empty when rejected or when the webhook carried nothing relevant
     * @param rejection why the webhook was refused, empty when verified
     */
    public WebhookResult {
        Objects.requireNonNull(events, "events must not be null");
        Objects.requireNonNull(rejection, "rejection must not be null");
        events = List.copyOf(events);
        if (rejection.isPresent() && !events.isEmpty()) {
            throw new IllegalArgumentException("a rejected webhook carries no events");
        }
    }

    /**
     * A verified webhook.
     *
     * @param events the events it reports
     * @param <E>    the event type
     * @return the result
     */
    public static <E> WebhookResult<E> verified(List<E> events) {
        return new WebhookResult<>(events, Optional.empty());
    }

    /**
     * A refused webhook.
     *
     * @param reason why, e.g. {@code INVALID_SIGNATURE}
     * @param <E>    the event type
     * @return the result
     */
    public static <E> WebhookResult<E> rejected(Reason reason) {
        return new WebhookResult<>(List.of(), Optional.of(reason));
    }

    /**
     * Whether the webhook was verified.
     *
     * @return true if not rejected
     */
    public boolean isVerified() {
        return rejection.isEmpty();
    }
}
