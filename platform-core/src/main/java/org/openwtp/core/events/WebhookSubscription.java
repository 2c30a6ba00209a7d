package org.openwtp.core.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's webhook endpoint. The secret is never part of it: it is shown once, at creation.
 *
 * @param id          the subscription's id
 * @param url         where events are POSTed
 * @param eventTypes  the event types it receives; {@code ["*"]} for all
 * @param description the admin's note
 * @param createdAt   when it was created
 */
public record WebhookSubscription(String id, String url, List<String> eventTypes, String description, Instant createdAt) {

    /** Validates and copies. */
    public WebhookSubscription {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(url, "url must not be null");
        eventTypes = List.copyOf(eventTypes);
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
    }

    /**
     * Whether the subscription receives an event type.
     *
     * @param eventType e.g. {@code order.paid}
     * @return true if listed or subscribed to all
     */
    public boolean wants(String eventType) {
        return eventTypes.contains("*") || eventTypes.contains(eventType);
    }
}
