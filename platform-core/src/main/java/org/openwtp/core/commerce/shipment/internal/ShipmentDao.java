package org.openwtp.core.commerce.shipment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.order.internal.OrderDao;
import org.openwtp.core.commerce.shipment.ShipmentView;
import org.openwtp.sdk.context.TenantId;

/** Shipments and tracking events. Stateless; every method runs on the caller's handle and filters on the tenant. */
public final class ShipmentDao {

    /** One row of {@code shipments}. */
    public record Row(TenantId tenant, String shipmentId, String orderId, String carrier, String serviceCode, String status,
                      String trackingNumber, String labelFormat, String labelContent, String customsForm, Long chargeAmount,
                      String chargeCurrency, String reasonCode, String reasonMessage, int attempts, Instant createdAt) {
    }

    private ShipmentDao() {
    }

    public static Optional<Row> byOrder(Handle h, TenantId tenant, String orderId, boolean lock) {
        return h.createQuery("SELECT * FROM shipments WHERE tenant_id = :t AND order_id = :o" + (lock ? OrderDao.forUpdate(h) : ""))
                .bind("t", tenant.value()).bind("o", orderId).map((rs, ctx) -> row(rs)).findOne();
    }

    public static Optional<Row> byTracking(Handle h, TenantId tenant, String carrier, String trackingNumber) {
        return h.createQuery("SELECT * FROM shipments WHERE tenant_id = :t AND carrier_plugin = :c AND tracking_number = :n")
                .bind("t", tenant.value()).bind("c", carrier).bind("n", trackingNumber).map((rs, ctx) -> row(rs)).findOne();
    }

    public static void insert(Handle h, TenantId tenant, String shipmentId, String orderId, String carrier, String service, Instant now) {
        h.createUpdate("""
                        INSERT INTO shipments (tenant_id, shipment_id, order_id, carrier_plugin, service_code, status, tracking_number,
                            attempts, created_at, updated_at)
                        VALUES (:t, :s, :o, :c, :svc, 'BOOKING', '', 1, :now, :now)""")
                .bind("t", tenant.value()).bind("s", shipmentId).bind("o", orderId).bind("c", carrier).bind("svc", service)
                .bind("now", now.toEpochMilli()).execute();
    }

    public static void setStatus(Handle h, TenantId tenant, String shipmentId, String status, int attempts, String reasonCode,
                                 String reasonMessage, Instant now) {
        h.createUpdate("""
                        UPDATE shipments SET status = :s, attempts = :a, reason_code = :rc, reason_message = :rm, updated_at = :now
                        WHERE tenant_id = :t AND shipment_id = :id""")
                .bind("s", status).bind("a", attempts).bind("rc", reasonCode)
                .bind("rm", reasonMessage == null ? null : reasonMessage.length() > 500 ? reasonMessage.substring(0, 500) : reasonMessage)
                .bind("now", now.toEpochMilli()).bind("t", tenant.value()).bind("id", shipmentId).execute();
    }

    public static void booked(Handle h, TenantId tenant, String shipmentId, String trackingNumber, String labelFormat, String label,
                              String form, String declaration, long charge, String currency, Instant now) {
        h.createUpdate("""
                        UPDATE shipments SET status = 'BOOKED', tracking_number = :n, label_format = :lf, label_content = :l,
                            customs_form = :f, declaration = :d, charge_amount = :ca, charge_currency = :cc, reason_code = NULL,
                            reason_message = NULL, updated_at = :now
                        WHERE tenant_id = :t AND shipment_id = :id""")
                .bind("n", trackingNumber).bind("lf", labelFormat).bind("l", label).bind("f", form).bind("d", declaration)
                .bind("ca", charge).bind("cc", currency).bind("now", now.toEpochMilli()).bind("t", tenant.value())
                .bind("id", shipmentId).execute();
    }

    /** Records a tracking event once; false if it was recorded before. */
    public static boolean insertEvent(Handle h, TenantId tenant, String shipmentId, String status, Instant occurredAt, String location,
                                      String description, Instant now) {
        return h.createUpdate("""
                        INSERT INTO tracking_events (tenant_id, shipment_id, status, occurred_at, location, description, received_at)
                        VALUES (:t, :s, :st, :at, :loc, :d, :now) ON CONFLICT DO NOTHING""")
                .bind("t", tenant.value()).bind("s", shipmentId).bind("st", status).bind("at", occurredAt.toEpochMilli())
                .bind("loc", clip(location, 200)).bind("d", clip(description, 500)).bind("now", now.toEpochMilli()).execute() == 1;
    }

    public static List<ShipmentView.TrackingView> events(Handle h, TenantId tenant, String shipmentId) {
        return h.createQuery("SELECT * FROM tracking_events WHERE tenant_id = :t AND shipment_id = :s ORDER BY occurred_at, status")
                .bind("t", tenant.value()).bind("s", shipmentId)
                .map((rs, ctx) -> new ShipmentView.TrackingView(rs.getString("status"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                        rs.getString("location"), rs.getString("description")))
                .list();
    }

    /** The latest tracking status by time of the event, or empty. */
    public static Optional<String> latestStatus(Handle h, TenantId tenant, String shipmentId) {
        return h.createQuery("SELECT status FROM tracking_events WHERE tenant_id = :t AND shipment_id = :s ORDER BY occurred_at DESC LIMIT 1")
                .bind("t", tenant.value()).bind("s", shipmentId).mapTo(String.class).findOne();
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(TenantId.of(rs.getString("tenant_id")), rs.getString("shipment_id"), rs.getString("order_id"),
                rs.getString("carrier_plugin"), rs.getString("service_code"), rs.getString("status"), rs.getString("tracking_number"),
                rs.getString("label_format"), rs.getString("label_content"), rs.getString("customs_form"),
                org.openwtp.core.commerce.Rows.nullableLong(rs, "charge_amount"), rs.getString("charge_currency"), rs.getString("reason_code"),
                rs.getString("reason_message"), rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
