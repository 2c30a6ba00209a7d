package org.openwtp.core.commerce.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.order.OrderRecord;
import org.openwtp.core.commerce.order.OrderStatus;
import org.openwtp.core.commerce.order.OrderView;
import org.openwtp.core.commerce.MoneyView;
import org.openwtp.sdk.context.TenantId;

/** Orders, lines and idempotency records. Stateless; every method runs on the caller's handle and filters on the tenant. */
public final class OrderDao {

    /** One line as stored. */
    public record LineRow(int lineNo, String productId, String title, int quantity, long unitAmount) {
    }

    /** An idempotency record. */
    public record RequestRow(String requestHash, String orderId, String state, Integer responseStatus, String responseBody) {
    }

    private OrderDao() {
    }

    /** {@code FOR UPDATE} on PostgreSQL (row lock for the rest of the transaction); nothing on SQLite (one writer). */
    public static String forUpdate(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL") ? " FOR UPDATE" : "";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database product", e);
        }
    }

    public static void insert(Handle h, OrderRecord o) {
        h.createUpdate("""
                        INSERT INTO orders (tenant_id, order_id, quote_id, option_id, buyer_id, seller_id, status, currency,
                            goods_amount, shipping_amount, duties_amount, taxes_amount, total_amount, payment_provider, payment_method,
                            carrier_plugin, service_code, incoterm, shipping_details, stock_released, version, created_at, updated_at)
                        VALUES (:t, :id, :quote, :option, :buyer, :seller, :status, :currency, :goods, :shipping, :duties, :taxes,
                            :total, :provider, :method, :carrier, :service, :incoterm, :details, 0, 1, :at, :at)""")
                .bind("t", o.tenant().value()).bind("id", o.orderId()).bind("quote", o.quoteId()).bind("option", o.optionId())
                .bind("buyer", o.buyerId()).bind("seller", o.sellerId()).bind("status", o.status().name())
                .bind("currency", o.currency()).bind("goods", o.goods()).bind("shipping", o.shipping()).bind("duties", o.duties())
                .bind("taxes", o.taxes()).bind("total", o.total()).bind("provider", o.paymentProvider())
                .bind("method", o.paymentMethod()).bind("carrier", o.carrierPlugin()).bind("service", o.serviceCode())
                .bind("incoterm", o.incoterm()).bind("details", o.shippingDetails()).bind("at", o.createdAt().toEpochMilli())
                .execute();
    }

    public static void insertLine(Handle h, TenantId tenant, String orderId, LineRow l) {
        h.createUpdate("""
                        INSERT INTO order_lines (tenant_id, order_id, line_no, product_id, title, quantity, unit_amount)
                        VALUES (:t, :o, :n, :p, :title, :q, :u)""")
                .bind("t", tenant.value()).bind("o", orderId).bind("n", l.lineNo()).bind("p", l.productId())
                .bind("title", l.title()).bind("q", l.quantity()).bind("u", l.unitAmount()).execute();
    }

    public static Optional<OrderRecord> find(Handle h, TenantId tenant, String orderId) {
        return h.createQuery("SELECT * FROM orders WHERE tenant_id = :t AND order_id = :id")
                .bind("t", tenant.value()).bind("id", orderId).map((rs, ctx) -> row(rs)).findOne();
    }

    /** Reads an order and, on PostgreSQL, locks it until the transaction ends. */
    public static Optional<OrderRecord> lock(Handle h, TenantId tenant, String orderId) {
        return h.createQuery("SELECT * FROM orders WHERE tenant_id = :t AND order_id = :id" + forUpdate(h))
                .bind("t", tenant.value()).bind("id", orderId).map((rs, ctx) -> row(rs)).findOne();
    }

    public static List<OrderRecord> page(Handle h, TenantId tenant, Optional<String> seller, Optional<String> buyer,
                                         Optional<OrderStatus> status, Optional<String> after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM orders WHERE tenant_id = :t AND order_id > :after");
        seller.ifPresent(s -> sql.append(" AND seller_id = :seller"));
        buyer.ifPresent(b -> sql.append(" AND buyer_id = :buyer"));
        status.ifPresent(s -> sql.append(" AND status = :status"));
        sql.append(" ORDER BY order_id LIMIT :n");
        var q = h.createQuery(sql.toString()).bind("t", tenant.value()).bind("after", after.orElse("")).bind("n", limit);
        seller.ifPresent(s -> q.bind("seller", s));
        buyer.ifPresent(b -> q.bind("buyer", b));
        status.ifPresent(s -> q.bind("status", s.name()));
        return q.map((rs, ctx) -> row(rs)).list();
    }

    public static List<LineRow> lines(Handle h, TenantId tenant, String orderId) {
        return h.createQuery("SELECT * FROM order_lines WHERE tenant_id = :t AND order_id = :o ORDER BY line_no")
                .bind("t", tenant.value()).bind("o", orderId)
                .map((rs, ctx) -> new LineRow(rs.getInt("line_no"), rs.getString("product_id"), rs.getString("title"),
                        rs.getInt("quantity"), rs.getLong("unit_amount")))
                .list();
    }

    /** Moves the status if it is still {@code from}; false if another change came first. */
    public static boolean updateStatus(Handle h, TenantId tenant, String orderId, OrderStatus from, OrderStatus to, Instant now) {
        return h.createUpdate("""
                        UPDATE orders SET status = :to, version = version + 1, updated_at = :now
                        WHERE tenant_id = :t AND order_id = :id AND status = :from""")
                .bind("to", to.name()).bind("now", now.toEpochMilli()).bind("t", tenant.value()).bind("id", orderId)
                .bind("from", from.name()).execute() == 1;
    }

    /** Marks the order's stock released; false if it already was. */
    public static boolean markStockReleased(Handle h, TenantId tenant, String orderId) {
        return h.createUpdate("UPDATE orders SET stock_released = 1 WHERE tenant_id = :t AND order_id = :id AND stock_released = 0")
                .bind("t", tenant.value()).bind("id", orderId).execute() == 1;
    }

    public static Optional<RequestRow> request(Handle h, TenantId tenant, String principal, String key) {
        return h.createQuery("SELECT * FROM order_requests WHERE tenant_id = :t AND principal = :p AND idem_key = :k")
                .bind("t", tenant.value()).bind("p", principal).bind("k", key)
                .map((rs, ctx) -> new RequestRow(rs.getString("request_hash"), rs.getString("order_id"), rs.getString("state"),
                        org.openwtp.core.commerce.Rows.nullableInt(rs, "response_status"), rs.getString("response_body")))
                .findOne();
    }

    public static void insertRequest(Handle h, TenantId tenant, String principal, String key, String hash, String orderId, Instant now) {
        h.createUpdate("""
                        INSERT INTO order_requests (tenant_id, principal, idem_key, request_hash, order_id, state, created_at)
                        VALUES (:t, :p, :k, :hash, :o, 'IN_PROGRESS', :now)""")
                .bind("t", tenant.value()).bind("p", principal).bind("k", key).bind("hash", hash).bind("o", orderId)
                .bind("now", now.toEpochMilli()).execute();
    }

    /** Stores the answer of the request that placed an order, if it is still in progress. */
    public static void completeRequest(Handle h, TenantId tenant, String orderId, int status, String body) {
        h.createUpdate("""
                        UPDATE order_requests SET state = 'DONE', response_status = :s, response_body = :b
                        WHERE tenant_id = :t AND order_id = :o AND state = 'IN_PROGRESS'""")
                .bind("s", status).bind("b", body).bind("t", tenant.value()).bind("o", orderId).execute();
    }

    /** The payment summary of an order (the payments table belongs to the payment feature; read-only here). */
    public static Optional<OrderView.PaymentView> payment(Handle h, TenantId tenant, String orderId) {
        return h.createQuery("SELECT * FROM payments WHERE tenant_id = :t AND order_id = :o")
                .bind("t", tenant.value()).bind("o", orderId)
                .map((rs, ctx) -> {
                    String c = rs.getString("currency");
                    return new OrderView.PaymentView(rs.getString("payment_id"), rs.getString("provider_plugin"),
                            rs.getString("method_type"), rs.getString("status"), rs.getString("provider_reference"),
                            MoneyView.of(rs.getLong("authorized_amount"), c), MoneyView.of(rs.getLong("captured_amount"), c),
                            MoneyView.of(rs.getLong("refunded_amount"), c), nz(rs.getString("reason_code")),
                            nz(rs.getString("reason_message")));
                })
                .findOne();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static OrderRecord row(ResultSet rs) throws SQLException {
        return new OrderRecord(TenantId.of(rs.getString("tenant_id")), rs.getString("order_id"), rs.getString("quote_id"),
                rs.getString("option_id"), rs.getString("buyer_id"), rs.getString("seller_id"),
                OrderStatus.valueOf(rs.getString("status")), rs.getString("currency"), rs.getLong("goods_amount"),
                rs.getLong("shipping_amount"), rs.getLong("duties_amount"), rs.getLong("taxes_amount"), rs.getLong("total_amount"),
                rs.getString("payment_provider"), rs.getString("payment_method"), rs.getString("carrier_plugin"),
                rs.getString("service_code"), rs.getString("incoterm"), rs.getString("shipping_details"),
                rs.getInt("stock_released") == 1, rs.getInt("version"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
