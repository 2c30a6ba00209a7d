package org.openwtp.core.commerce.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.order.internal.OrderDao;
import org.openwtp.core.commerce.payment.PaymentStatus;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.payment.TransactionType;

/**
 * Payments, transactions and applied webhook events. Stateless; every method runs on the caller's handle and
 * filters on the tenant, except {@link #dueForCheck}, the reconciler's host-wide scan.
 */
public final class PaymentDao {

    /** A transaction due for reconciliation. */
    public record Due(TenantId tenant, String transactionId) {
    }

    private PaymentDao() {
    }

    public static void insertPayment(Handle h, TenantId tenant, String paymentId, String orderId, String provider, String method,
                                     String currency, long amount, Instant now) {
        h.createUpdate("""
                        INSERT INTO payments (tenant_id, payment_id, order_id, provider_plugin, provider_reference, method_type, status,
                            currency, amount, authorized_amount, captured_amount, refunded_amount, created_at, updated_at)
                        VALUES (:t, :p, :o, :prov, '', :m, 'AUTHORIZING', :c, :a, 0, 0, 0, :now, :now)""")
                .bind("t", tenant.value()).bind("p", paymentId).bind("o", orderId).bind("prov", provider).bind("m", method)
                .bind("c", currency).bind("a", amount).bind("now", now.toEpochMilli()).execute();
    }

    public static Optional<PaymentRow> byOrder(Handle h, TenantId tenant, String orderId, boolean lock) {
        return h.createQuery("SELECT * FROM payments WHERE tenant_id = :t AND order_id = :o" + (lock ? OrderDao.forUpdate(h) : ""))
                .bind("t", tenant.value()).bind("o", orderId).map((rs, ctx) -> payment(rs)).findOne();
    }

    public static Optional<PaymentRow> byId(Handle h, TenantId tenant, String paymentId, boolean lock) {
        return h.createQuery("SELECT * FROM payments WHERE tenant_id = :t AND payment_id = :p" + (lock ? OrderDao.forUpdate(h) : ""))
                .bind("t", tenant.value()).bind("p", paymentId).map((rs, ctx) -> payment(rs)).findOne();
    }

    public static Optional<PaymentRow> byReference(Handle h, TenantId tenant, String provider, String reference, boolean lock) {
        return h.createQuery("""
                        SELECT * FROM payments WHERE tenant_id = :t AND provider_plugin = :prov AND provider_reference = :ref"""
                        + (lock ? OrderDao.forUpdate(h) : ""))
                .bind("t", tenant.value()).bind("prov", provider).bind("ref", reference).map((rs, ctx) -> payment(rs)).findOne();
    }

    public static void update(Handle h, PaymentRow p, Instant now, String reasonCode, String reasonMessage) {
        h.createUpdate("""
                        UPDATE payments SET provider_reference = :ref, status = :s, authorized_amount = :a, captured_amount = :c,
                            refunded_amount = :r, reason_code = :rc, reason_message = :rm, updated_at = :now
                        WHERE tenant_id = :t AND payment_id = :p""")
                .bind("ref", p.providerReference()).bind("s", p.status().name()).bind("a", p.authorized())
                .bind("c", p.captured()).bind("r", p.refunded()).bind("rc", reasonCode).bind("rm", clip(reasonMessage))
                .bind("now", now.toEpochMilli()).bind("t", p.tenant().value()).bind("p", p.paymentId()).execute();
    }

    public static void insertTx(Handle h, TenantId tenant, String txId, String paymentId, TransactionType type, String status,
                                long amount, String key, String source, String note, Instant now, Instant nextCheck) {
        h.createUpdate("""
                        INSERT INTO payment_transactions (tenant_id, transaction_id, payment_id, tx_type, status, amount, idempotency_key,
                            source, note, check_attempts, next_check_at, created_at, updated_at)
                        VALUES (:t, :id, :p, :type, :s, :a, :k, :src, :note, 0, :next, :now, :now)""")
                .bind("t", tenant.value()).bind("id", txId).bind("p", paymentId).bind("type", type.name()).bind("s", status)
                .bind("a", amount).bind("k", key).bind("src", source).bind("note", note == null ? "" : note).bind("next", nextCheck == null ? null : nextCheck.toEpochMilli())
                .bind("now", now.toEpochMilli()).execute();
    }

    public static Optional<TxRow> tx(Handle h, TenantId tenant, String txId) {
        return h.createQuery("SELECT * FROM payment_transactions WHERE tenant_id = :t AND transaction_id = :id")
                .bind("t", tenant.value()).bind("id", txId).map((rs, ctx) -> tx(rs)).findOne();
    }

    public static Optional<TxRow> txByKey(Handle h, TenantId tenant, String paymentId, String key) {
        return h.createQuery("SELECT * FROM payment_transactions WHERE tenant_id = :t AND payment_id = :p AND idempotency_key = :k")
                .bind("t", tenant.value()).bind("p", paymentId).bind("k", key).map((rs, ctx) -> tx(rs)).findOne();
    }

    public static List<TxRow> txs(Handle h, TenantId tenant, String paymentId) {
        return h.createQuery("SELECT * FROM payment_transactions WHERE tenant_id = :t AND payment_id = :p ORDER BY created_at, transaction_id")
                .bind("t", tenant.value()).bind("p", paymentId).map((rs, ctx) -> tx(rs)).list();
    }

    /** Sets a transaction's outcome. */
    public static void settleTx(Handle h, TenantId tenant, String txId, String status, String reasonCode, String reasonMessage,
                                String matchedEventId, Instant nextCheck, int checkAttempts, Instant now) {
        h.createUpdate("""
                        UPDATE payment_transactions SET status = :s, reason_code = :rc, reason_message = :rm,
                            matched_event_id = COALESCE(:ev, matched_event_id), next_check_at = :next, check_attempts = :n, updated_at = :now
                        WHERE tenant_id = :t AND transaction_id = :id""")
                .bind("s", status).bind("rc", reasonCode).bind("rm", clip(reasonMessage)).bind("ev", matchedEventId)
                .bind("next", nextCheck == null ? null : nextCheck.toEpochMilli()).bind("n", checkAttempts)
                .bind("now", now.toEpochMilli()).bind("t", tenant.value()).bind("id", txId).execute();
    }

    public static void matchEvent(Handle h, TenantId tenant, String txId, String eventId) {
        h.createUpdate("UPDATE payment_transactions SET matched_event_id = :ev WHERE tenant_id = :t AND transaction_id = :id")
                .bind("ev", eventId).bind("t", tenant.value()).bind("id", txId).execute();
    }

    /**
     * Records a webhook event once.
     *
     * @return false if the same (provider, reference, type, event id) was recorded before
     */
    public static boolean insertEvent(Handle h, TenantId tenant, String provider, String reference, String type, String eventId,
                                      String paymentId, long amount, String currency, Instant occurredAt, Instant now) {
        return h.createUpdate("""
                        INSERT INTO payment_events (tenant_id, provider_plugin, provider_reference, event_type, event_id, payment_id,
                            amount, currency, outcome, occurred_at, received_at)
                        VALUES (:t, :prov, :ref, :type, :ev, :p, :a, :c, 'RECEIVED', :at, :now)
                        ON CONFLICT DO NOTHING""")
                .bind("t", tenant.value()).bind("prov", provider).bind("ref", reference).bind("type", type).bind("ev", eventId)
                .bind("p", paymentId).bind("a", amount).bind("c", currency).bind("at", occurredAt.toEpochMilli())
                .bind("now", now.toEpochMilli()).execute() == 1;
    }

    /** Records the provider's reference of a payment that had none yet; @return whether it was recorded */
    public static boolean adoptReference(Handle h, TenantId tenant, String paymentId, String reference) {
        return h.createUpdate("""
                        UPDATE payments SET provider_reference = :ref
                        WHERE tenant_id = :t AND payment_id = :p AND (provider_reference IS NULL OR provider_reference = '')""")
                .bind("ref", reference).bind("t", tenant.value()).bind("p", paymentId).execute() == 1;
    }

    /** Takes up again an event that found no payment when it first came; @return whether it had been UNMATCHED */
    public static boolean reclaimUnmatched(Handle h, TenantId tenant, String provider, String reference, String type, String eventId,
                                           String paymentId) {
        return h.createUpdate("""
                        UPDATE payment_events SET outcome = 'RECEIVED', payment_id = :p WHERE tenant_id = :t AND provider_plugin = :prov
                            AND provider_reference = :ref AND event_type = :type AND event_id = :ev AND outcome = 'UNMATCHED'""")
                .bind("p", paymentId).bind("t", tenant.value()).bind("prov", provider).bind("ref", reference).bind("type", type)
                .bind("ev", eventId).execute() == 1;
    }

    public static void eventOutcome(Handle h, TenantId tenant, String provider, String reference, String type, String eventId, String outcome) {
        h.createUpdate("""
                        UPDATE payment_events SET outcome = :o WHERE tenant_id = :t AND provider_plugin = :prov
                            AND provider_reference = :ref AND event_type = :type AND event_id = :ev""")
                .bind("o", outcome).bind("t", tenant.value()).bind("prov", provider).bind("ref", reference).bind("type", type)
                .bind("ev", eventId).execute();
    }

    /** Open transactions whose next check is due, across tenants (the reconciler's scan). */
    public static List<Due> dueForCheck(Handle h, Instant now, int limit) {
        return h.createQuery("""
                        SELECT tenant_id, transaction_id FROM payment_transactions
                        WHERE status IN ('REQUESTED', 'PENDING', 'UNKNOWN') AND next_check_at <= :now
                        ORDER BY next_check_at LIMIT :n""")
                .bind("now", now.toEpochMilli()).bind("n", limit)
                .map((rs, ctx) -> new Due(TenantId.of(rs.getString("tenant_id")), rs.getString("transaction_id"))).list();
    }

    private static String clip(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }

    private static PaymentRow payment(ResultSet rs) throws SQLException {
        return new PaymentRow(TenantId.of(rs.getString("tenant_id")), rs.getString("payment_id"), rs.getString("order_id"),
                rs.getString("provider_plugin"), rs.getString("provider_reference"), rs.getString("method_type"),
                PaymentStatus.valueOf(rs.getString("status")), rs.getString("currency"), rs.getLong("amount"),
                rs.getLong("authorized_amount"), rs.getLong("captured_amount"), rs.getLong("refunded_amount"));
    }

    private static TxRow tx(ResultSet rs) throws SQLException {
        return new TxRow(rs.getString("transaction_id"), rs.getString("payment_id"), TransactionType.valueOf(rs.getString("tx_type")),
                rs.getString("status"), rs.getLong("amount"), rs.getString("idempotency_key"), rs.getString("source"),
                rs.getString("matched_event_id"), rs.getInt("check_attempts"), rs.getString("reason_code"),
                rs.getString("reason_message"), rs.getString("note"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
