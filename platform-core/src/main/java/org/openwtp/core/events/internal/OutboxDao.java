package org.openwtp.core.events.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.store.Dialect;
import org.openwtp.core.events.StoredEvent;
import org.openwtp.sdk.context.TenantId;

/** Outbox events, deliveries and the delivery log. Stateless; every method runs on the caller's handle. */
public final class OutboxDao {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A delivery claimed for one attempt. */
    public record Claimed(TenantId tenant, String deliveryId, String eventId, String targetKind, String targetId, int attempts) {
    }

    /** One row of the delivery log. */
    public record Attempt(int attemptNo, Instant attemptedAt, boolean succeeded, Integer statusCode, String error, long durationMs) {
    }

    /** A delivery with its log, for the tenant API. */
    public record DeliveryRow(String deliveryId, String eventId, String eventType, String targetKind, String targetId,
                              String status, int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
                              Instant deliveredAt, Instant createdAt) {
    }

    private OutboxDao() {
    }

    public static List<StoredEvent> unfannedEvents(Handle h, int limit) {
        return h.createQuery("""
                        SELECT tenant_id, event_id, event_type, aggregate_type, aggregate_id, sequence_no, attributes, occurred_at
                        FROM outbox_events WHERE fanned_out = 0 ORDER BY occurred_at, event_id LIMIT :n""")
                .bind("n", limit)
                .map((rs, ctx) -> event(rs))
                .list();
    }

    public static Optional<StoredEvent> event(Handle h, TenantId tenant, String eventId) {
        return h.createQuery("""
                        SELECT tenant_id, event_id, event_type, aggregate_type, aggregate_id, sequence_no, attributes, occurred_at
                        FROM outbox_events WHERE tenant_id = :t AND event_id = :e""")
                .bind("t", tenant.value()).bind("e", eventId)
                .map((rs, ctx) -> event(rs))
                .findOne();
    }

    public static List<StoredEvent> eventsOf(Handle h, TenantId tenant, String aggregateId) {
        return h.createQuery("""
                        SELECT tenant_id, event_id, event_type, aggregate_type, aggregate_id, sequence_no, attributes, occurred_at
                        FROM outbox_events WHERE tenant_id = :t AND aggregate_id = :a ORDER BY sequence_no""")
                .bind("t", tenant.value()).bind("a", aggregateId)
                .map((rs, ctx) -> event(rs))
                .list();
    }

    private static StoredEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, String> attributes;
        try {
            attributes = JSON.readValue(rs.getString("attributes"), new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("unreadable attributes of outbox event " + rs.getString("event_id"), e);
        }
        return new StoredEvent(TenantId.of(rs.getString("tenant_id")), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getInt("sequence_no"), attributes,
                Instant.ofEpochMilli(rs.getLong("occurred_at")));
    }

    /** Marks an event fanned out; false if another dispatcher got there first. */
    public static boolean markFannedOut(Handle h, TenantId tenant, String eventId) {
        return h.createUpdate("UPDATE outbox_events SET fanned_out = 1 WHERE tenant_id = :t AND event_id = :e AND fanned_out = 0")
                .bind("t", tenant.value()).bind("e", eventId).execute() == 1;
    }

    public static void insertDelivery(Handle h, TenantId tenant, String deliveryId, String eventId, String kind, String target,
                                      Instant now) {
        h.createUpdate("""
                        INSERT INTO outbox_deliveries (tenant_id, delivery_id, event_id, target_kind, target_id, status, attempts,
                                                       next_attempt_at, claimed_until, created_at)
                        VALUES (:t, :d, :e, :k, :target, 'PENDING', 0, :now, 0, :now)""")
                .bind("t", tenant.value()).bind("d", deliveryId).bind("e", eventId).bind("k", kind).bind("target", target)
                .bind("now", now.toEpochMilli()).execute();
    }

    /**
     * Claims due deliveries for one attempt each: {@code FOR UPDATE SKIP LOCKED} on PostgreSQL so several
     * nodes share the work; on SQLite the single writer serialises claims.
     */
    public static List<Claimed> claimDue(Handle h, Dialect dialect, Instant now, Instant leaseUntil, int limit) {
        String sql = """
                SELECT tenant_id, delivery_id, event_id, target_kind, target_id, attempts FROM outbox_deliveries
                WHERE status = 'PENDING' AND next_attempt_at <= :now AND claimed_until <= :now
                ORDER BY next_attempt_at, delivery_id LIMIT :n""" + (dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "");
        List<Claimed> due = h.createQuery(sql).bind("now", now.toEpochMilli()).bind("n", limit)
                .map((rs, ctx) -> new Claimed(TenantId.of(rs.getString("tenant_id")), rs.getString("delivery_id"),
                        rs.getString("event_id"), rs.getString("target_kind"), rs.getString("target_id"), rs.getInt("attempts")))
                .list();
        List<Claimed> claimed = new ArrayList<>();
        for (Claimed c : due) {
            int n = h.createUpdate("""
                            UPDATE outbox_deliveries SET claimed_until = :until
                            WHERE tenant_id = :t AND delivery_id = :d AND status = 'PENDING' AND claimed_until <= :now""")
                    .bind("until", leaseUntil.toEpochMilli()).bind("t", c.tenant().value()).bind("d", c.deliveryId())
                    .bind("now", now.toEpochMilli()).execute();
            if (n == 1) {
                claimed.add(c);
            }
        }
        return claimed;
    }

    /** Records one attempt in the log and moves the delivery on. */
    public static void recordAttempt(Handle h, Claimed c, Instant at, boolean succeeded, Integer statusCode, String error,
                                     long durationMs, Instant nextAttempt) {
        int attemptNo = h.createQuery("SELECT COALESCE(MAX(attempt_no), 0) FROM outbox_delivery_attempts WHERE tenant_id = :t AND delivery_id = :d")
                .bind("t", c.tenant().value()).bind("d", c.deliveryId()).mapTo(Integer.class).one() + 1;
        String clipped = error == null || error.isEmpty() ? null : error.length() > 500 ? error.substring(0, 500) : error;
        h.createUpdate("""
                        INSERT INTO outbox_delivery_attempts (tenant_id, delivery_id, attempt_no, attempted_at, succeeded, status_code, error, duration_ms)
                        VALUES (:t, :d, :n, :at, :ok, :code, :err, :ms)""")
                .bind("t", c.tenant().value()).bind("d", c.deliveryId()).bind("n", attemptNo).bind("at", at.toEpochMilli())
                .bind("ok", succeeded ? 1 : 0).bind("code", statusCode).bind("err", clipped).bind("ms", durationMs).execute();
        h.createUpdate("""
                        UPDATE outbox_deliveries SET status = :status, attempts = :n, next_attempt_at = :next, claimed_until = 0,
                               last_status_code = :code, last_error = :err, delivered_at = :delivered
                        WHERE tenant_id = :t AND delivery_id = :d AND status = 'PENDING'""")
                .bind("status", succeeded ? "DELIVERED" : "PENDING").bind("n", attemptNo)
                .bind("next", succeeded ? at.toEpochMilli() : nextAttempt.toEpochMilli())
                .bind("code", statusCode).bind("err", clipped).bind("delivered", succeeded ? at.toEpochMilli() : null)
                .bind("t", c.tenant().value()).bind("d", c.deliveryId()).execute();
    }

    /** Drops a delivery whose target no longer exists. */
    public static void drop(Handle h, Claimed c, String why) {
        h.createUpdate("UPDATE outbox_deliveries SET status = 'DROPPED', claimed_until = 0, last_error = :err WHERE tenant_id = :t AND delivery_id = :d")
                .bind("err", why).bind("t", c.tenant().value()).bind("d", c.deliveryId()).execute();
    }

    public static void dropPendingFor(Handle h, TenantId tenant, String kind, String target) {
        h.createUpdate("""
                        UPDATE outbox_deliveries SET status = 'DROPPED', last_error = 'the target was removed'
                        WHERE tenant_id = :t AND target_kind = :k AND target_id = :target AND status = 'PENDING'""")
                .bind("t", tenant.value()).bind("k", kind).bind("target", target).execute();
    }

    public static List<DeliveryRow> deliveriesOf(Handle h, TenantId tenant, String kind, String target, Optional<String> after, int limit) {
        return h.createQuery("""
                        SELECT d.delivery_id, d.event_id, e.event_type, d.target_kind, d.target_id, d.status, d.attempts,
                               d.next_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.created_at
                        FROM outbox_deliveries d JOIN outbox_events e ON e.tenant_id = d.tenant_id AND e.event_id = d.event_id
                        WHERE d.tenant_id = :t AND d.target_kind = :k AND d.target_id = :target AND d.delivery_id > :after
                        ORDER BY d.delivery_id LIMIT :n""")
                .bind("t", tenant.value()).bind("k", kind).bind("target", target).bind("after", after.orElse(""))
                .bind("n", limit)
                .map((rs, ctx) -> new DeliveryRow(rs.getString("delivery_id"), rs.getString("event_id"), rs.getString("event_type"),
                        rs.getString("target_kind"), rs.getString("target_id"), rs.getString("status"), rs.getInt("attempts"),
                        Instant.ofEpochMilli(rs.getLong("next_attempt_at")), org.openwtp.core.commerce.Rows.nullableInt(rs, "last_status_code"),
                        rs.getString("last_error"),
                        org.openwtp.core.commerce.Rows.nullableLong(rs, "delivered_at") == null ? null : Instant.ofEpochMilli(rs.getLong("delivered_at")),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    public static List<Attempt> attempts(Handle h, TenantId tenant, String deliveryId) {
        return h.createQuery("""
                        SELECT attempt_no, attempted_at, succeeded, status_code, error, duration_ms FROM outbox_delivery_attempts
                        WHERE tenant_id = :t AND delivery_id = :d ORDER BY attempt_no""")
                .bind("t", tenant.value()).bind("d", deliveryId)
                .map((rs, ctx) -> new Attempt(rs.getInt("attempt_no"), Instant.ofEpochMilli(rs.getLong("attempted_at")),
                        rs.getInt("succeeded") == 1, org.openwtp.core.commerce.Rows.nullableInt(rs, "status_code"), rs.getString("error"),
                        rs.getLong("duration_ms")))
                .list();
    }

    /** Deliveries not yet acknowledged, across tenants (the backlog gauge). */
    public static long backlog(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM outbox_deliveries WHERE status = 'PENDING'").mapTo(Long.class).one()
                + h.createQuery("SELECT COUNT(*) FROM outbox_events WHERE fanned_out = 0").mapTo(Long.class).one();
    }
}
