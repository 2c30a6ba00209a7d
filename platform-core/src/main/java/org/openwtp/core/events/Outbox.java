package org.openwtp.core.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.Ids;
import org.openwtp.sdk.context.TenantId;

/**
 * Writes domain events into the outbox on the caller's transaction handle, so an event exists exactly when
 * the change it describes was committed. Stateless and thread-safe.
 */
public final class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Outbox() {
    }

    /**
     * Appends one event. Events of one aggregate get consecutive sequence numbers, which receivers use to
     * order them (delivery itself is at least once and may reorder across retries).
     *
     * @param handle        the open write transaction of the change
     * @param tenant        the tenant
     * @param eventType     e.g. {@code order.paid}
     * @param aggregateType e.g. {@code order}
     * @param aggregateId   e.g. the order id
     * @param attributes    the event's details, as text
     * @param occurredAt    when the change happened
     * @return the new event's id
     */
    public static String append(Handle handle, TenantId tenant, String eventType, String aggregateType, String aggregateId,
                                Map<String, String> attributes, Instant occurredAt) {
        Objects.requireNonNull(handle, "handle must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(eventType, "event type must not be null");
        String eventId = Ids.next("evt", occurredAt);
        int sequence = handle.createQuery("SELECT COALESCE(MAX(sequence_no), 0) FROM outbox_events WHERE tenant_id = :t AND aggregate_id = :a")
                .bind("t", tenant.value()).bind("a", aggregateId).mapTo(Integer.class).one() + 1;
        handle.createUpdate("""
                        INSERT INTO outbox_events (tenant_id, event_id, event_type, aggregate_type, aggregate_id, sequence_no,
                                                   attributes, occurred_at, fanned_out)
                        VALUES (:t, :e, :type, :aggType, :agg, :seq, :attrs, :at, 0)""")
                .bind("t", tenant.value()).bind("e", eventId).bind("type", eventType).bind("aggType", aggregateType)
                .bind("agg", aggregateId).bind("seq", sequence).bind("attrs", toJson(attributes))
                .bind("at", occurredAt.toEpochMilli()).execute();
        return eventId;
    }

    static String toJson(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode event attributes", e);
        }
    }
}
