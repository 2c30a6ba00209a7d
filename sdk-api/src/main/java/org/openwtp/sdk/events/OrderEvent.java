package org.openwtp.sdk.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to an order, as delivered to listening plugins through the outbox (at least
 * once: listeners deduplicate on {@link #eventId()}).
 *
 * @param eventId    unique id of the event
 * @param type       e.g. {@code order.created}, {@code order.paid}, {@code order.shipped}, {@code order.delivered},
 *                   {@code order.cancelled}, {@code order.refunded}
 * @param orderId    the order
 * @param occurredAt when
 * @param attributes details such as {@code paymentProvider}, {@code providerReference}, {@code buyerId},
 *                   {@code total}, {@code currency}
 */
public record OrderEvent(String eventId, String type, String orderId, Instant occurredAt, Map<String, String> attributes) {

    /**
     * Validates and copies the event.
     *
     * @param eventId    unique id of the event
     * @param type       e.g. {@code order.created}, {@code order.paid}, {@code order.shipped}, {@code order.delivered},
     *                   {@code order.cancelled}, {@code order.refunded}
     * @param orderId    the order
     * @param occurredAt when
     * @param attributes details such as {@code paymentProvider}, {@code providerReference}, {@code buyerId},
     *                   {@code total}, {@code currency}
     */
    public OrderEvent {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(orderId, "order id must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes must not be null"));
    }
}
