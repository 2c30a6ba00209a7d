package org.openwtp.core.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.openwtp.sdk.context.TenantId;

/**
 * An event as stored in the outbox.
 *
 * @param tenant        the tenant
 * @param eventId       the event's id, unique; receivers deduplicate on it
 * @param eventType     e.g. {@code order.paid}
 * @param aggregateType e.g. {@code order}
 * @param aggregateId   e.g. the order id
 * @param sequence      position among the aggregate's events, from 1
 * @param attributes    details
 * @param occurredAt    when the change was committed
 */
public record StoredEvent(TenantId tenant, String eventId, String eventType, String aggregateType, String aggregateId,
                          int sequence, Map<String, String> attributes, Instant occurredAt) {

    /** Validates and copies. */
    public StoredEvent {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(eventType, "eventType must not be null");
        Objects.requireNonNull(aggregateType, "aggregateType must not be null");
        Objects.requireNonNull(aggregateId, "aggregateId must not be null");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
    }
}
