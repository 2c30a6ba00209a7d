package org.openwtp.core.commerce.shipment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.MoneyView;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderLedger;
import org.openwtp.core.commerce.order.OrderRecord;
import org.openwtp.core.commerce.order.OrderStateMachine;
import org.openwtp.core.commerce.order.OrderStatus;
import org.openwtp.core.commerce.order.internal.OrderDao;
import org.openwtp.core.commerce.order.internal.ShippingDetails;
import org.openwtp.core.commerce.payment.PaymentOutcome;
import org.openwtp.core.commerce.payment.PaymentService;
import org.openwtp.core.commerce.shipment.internal.ShipmentDao;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships orders with the carrier chosen in the quote. {@link #ship} first captures the payment (AUTHORIZED →
 * PAID; a capture in flight or unknown answers 409 and the reconciler finishes it), then books the shipment
 * with the customs items copied from the quote under the idempotency key {@code <shipmentId>:create:<n>}
 * (the same key when a booking's answer was lost, a new one after a refusal), and moves the order to
 * SHIPPED. Tracking events — from carrier webhooks or a lookup — are stored once each; DELIVERED moves the
 * order to DELIVERED. Thread-safe.
 */
public final class ShipmentService {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentService.class);
    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();

    private final Storage storage;
    private final Clock clock;
    private final PluginExtensions extensions;
    private final PaymentService payments;
    private final OrderLedger ledger;
    private final java.time.Duration callTimeout;

    /**
     * @param storage    the database
     * @param clock      the clock
     * @param extensions the tenant-aware plugin lookup
     * @param payments   captures at shipment
     * @param ledger     order status changes
     * @param settings   the payment settings, whose call timeout also bounds carrier calls
     */
    @Inject
    public ShipmentService(Storage storage, Clock clock, PluginExtensions extensions, PaymentService payments, OrderLedger ledger,
                           org.openwtp.core.commerce.payment.PaymentSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.extensions = Objects.requireNonNull(extensions, "extensions must not be null");
        this.payments = Objects.requireNonNull(payments, "payments must not be null");
        this.ledger = Objects.requireNonNull(ledger, "ledger must not be null");
        this.callTimeout = settings.callTimeout();
    }

    /**
     * Captures the payment and books the shipment; repeating it returns the booked shipment.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the shipment
     * @throws ApiException 409 {@code payment_outcome_pending} or {@code illegal_transition}, 402
     *                      {@code payment_declined}, 422 {@code shipment_refused} or {@code carrier_unavailable},
     *                      502 {@code provider_failed}
     */
    public ShipmentView ship(TenantId tenant, String orderId) {
        OrderRecord order = storage.withHandle(h -> OrderDao.find(h, tenant, orderId)).orElseThrow(() -> ApiException.notFound("order", orderId));
        Optional<ShipmentDao.Row> existing = storage.withHandle(h -> ShipmentDao.byOrder(h, tenant, orderId, false));
        if (existing.isPresent() && !existing.get().trackingNumber().isEmpty()) {
            return view(tenant, existing.get());
        }
        if (order.status() != OrderStatus.AUTHORIZED && order.status() != OrderStatus.PAID) {
            throw OrderStateMachine.illegal(orderId, order.status(), OrderStatus.SHIPPED);
        }
        if (order.status() == OrderStatus.AUTHORIZED) {
            PaymentOutcome capture = payments.capture(tenant, orderId);
            switch (capture.status()) {
                case SUCCEEDED -> {
                }
                case PENDING, UNKNOWN -> throw new ApiException(CommerceErrors.PAYMENT_OUTCOME_PENDING, "the capture of order " + orderId
                        + " has no final answer yet (" + capture.reasonCode() + "); the reconciler settles it — ship again later")
                        .withHeader("Retry-After", "30");
                default -> throw new ApiException(CommerceErrors.PAYMENT_DECLINED, "the provider declined the capture of order " + orderId
                        + ": " + capture.reasonCode() + " " + capture.reasonMessage());
            }
        }
        TenantExtension<Carrier> carrier = extensions.forTenant(tenant, Carrier.class, order.carrierPlugin())
                .orElseThrow(() -> new ApiException(CommerceErrors.CARRIER_UNAVAILABLE, "carrier " + order.carrierPlugin()
                        + " of order " + orderId + " is not enabled for this marketplace any more"));
        Instant now = clock.instant();
        ShipmentDao.Row shipment = storage.inTransaction(h -> {
            OrderRecord locked = ledger.lock(h, tenant, orderId);
            if (locked.status() != OrderStatus.PAID) {
                throw OrderStateMachine.illegal(orderId, locked.status(), OrderStatus.SHIPPED);
            }
            Optional<ShipmentDao.Row> row = ShipmentDao.byOrder(h, tenant, orderId, true);
            if (row.isEmpty()) {
                ShipmentDao.insert(h, tenant, Ids.next("shp", now), orderId, order.carrierPlugin(), order.serviceCode(), now);
                row = ShipmentDao.byOrder(h, tenant, orderId, true);
            }
            return row.orElseThrow();
        });
        if (!shipment.trackingNumber().isEmpty()) {
            return view(tenant, shipment);
        }
        ShippingDetails details = ShippingDetails.fromJson(order.shippingDetails());
        ShipmentRequest request = new ShipmentRequest(orderId, order.serviceCode(), details.from(), details.to(), details.parcels(),
                details.contents(), details.category());
        IdempotencyKey key = IdempotencyKey.of(shipment.shipmentId() + ":create:" + shipment.attempts());
        ShipmentResult result;
        try {
            result = carrier.call("createShipment", CallOptions.onExecutor(callTimeout).withIdempotencyKey(key),
                    (c, ctx) -> c.createShipment(request, ctx));
        } catch (PluginCallException e) {
            storage.useTransaction(h -> ShipmentDao.setStatus(h, tenant, shipment.shipmentId(), "UNKNOWN", shipment.attempts(),
                    e.isTimeout() ? "TIMEOUT" : "CARRIER_ERROR", e.getMessage(), clock.instant()));
            throw new ApiException(CommerceErrors.PROVIDER_FAILED, "carrier " + order.carrierPlugin() + " did not answer the booking ("
                    + e.kind() + "); ship again: the same booking is repeated, never doubled").withCause(e);
        }
        if (!result.isBooked()) {
            Reason first = result.reasons().get(0);
            storage.useTransaction(h -> ShipmentDao.setStatus(h, tenant, shipment.shipmentId(), "REFUSED", shipment.attempts() + 1,
                    first.code(), first.message(), clock.instant()));
            throw new ApiException(CommerceErrors.SHIPMENT_REFUSED, "carrier " + order.carrierPlugin() + " refused the shipment: "
                    + result.reasons().stream().map(r -> r.code() + " (" + r.message() + ")").toList());
        }
        storage.useTransaction(h -> {
            OrderRecord locked = ledger.lock(h, tenant, orderId);
            ShipmentDao.booked(h, tenant, shipment.shipmentId(), result.trackingNumber(), result.label().orElseThrow().format(),
                    Base64.getEncoder().encodeToString(result.label().orElseThrow().content()),
                    result.declaration().orElseThrow().form().name(), json(result.declaration().orElseThrow()),
                    result.charge().orElseThrow().minorUnits(), result.charge().orElseThrow().currency().code(), clock.instant());
            ledger.moveTo(h, locked, OrderStatus.SHIPPED, Map.of("trackingNumber", result.trackingNumber(),
                    "carrier", order.carrierPlugin(), "shipmentId", shipment.shipmentId()));
        });
        return shipment(tenant, orderId);
    }

    /**
     * The shipment of an order.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the shipment
     * @throws ApiException 404 if the order has none (or the tenant has no such order)
     */
    public ShipmentView shipment(TenantId tenant, String orderId) {
        ShipmentDao.Row row = storage.withHandle(h -> ShipmentDao.byOrder(h, tenant, orderId, false))
                .orElseThrow(() -> ApiException.notFound("shipment of order", orderId));
        return view(tenant, row);
    }

    /**
     * Asks the carrier for the shipment's history, applies new events, and returns the shipment. If the
     * carrier cannot answer, the events already received are returned.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the shipment with its tracking events
     */
    public ShipmentView track(TenantId tenant, String orderId) {
        ShipmentView current = shipment(tenant, orderId);
        if (current.trackingNumber().isEmpty()) {
            return current;
        }
        Optional<TenantExtension<Carrier>> carrier = extensions.forTenant(tenant, Carrier.class, current.carrier());
        if (carrier.isPresent()) {
            try {
                TrackingInfo info = carrier.get().call("track", CallOptions.onExecutor(callTimeout),
                        (c, ctx) -> c.track(current.trackingNumber(), ctx));
                for (TrackingEvent e : info.events()) {
                    applyTracking(tenant, current.carrier(), e);
                }
            } catch (PluginCallException e) {
                LOG.info("tracking lookup for order {} failed; answering with the events received: {}", orderId, e.getMessage());
            }
        }
        return shipment(tenant, orderId);
    }

    /**
     * What a carrier webhook did.
     *
     * @param applied    new events
     * @param duplicates events received before
     * @param ignored    events for tracking numbers the tenant has no shipment with
     */
    public record WebhookReport(int applied, int duplicates, int ignored) {
    }

    /**
     * Has the carrier plugin verify a webhook and applies its tracking events, each once.
     *
     * @param tenant   the tenant of the URL
     * @param pluginId the carrier plugin of the URL
     * @param webhook  the raw request
     * @return what was applied
     * @throws ApiException 404 for a carrier the tenant has not enabled, 401 when the plugin rejected it
     */
    public WebhookReport handleWebhook(TenantId tenant, String pluginId, InboundWebhook webhook) {
        TenantExtension<Carrier> carrier = extensions.forTenant(tenant, Carrier.class, pluginId)
                .orElseThrow(() -> ApiException.notFound("carrier webhook endpoint", pluginId));
        WebhookResult<TrackingEvent> result;
        try {
            result = carrier.call("handleWebhook", CallOptions.onExecutor(callTimeout), (c, ctx) -> c.handleWebhook(webhook, ctx));
        } catch (PluginCallException e) {
            throw new ApiException(CommerceErrors.PROVIDER_FAILED, "the carrier plugin could not process the webhook; send it again later")
                    .withCause(e);
        }
        if (result.rejection().isPresent()) {
            Reason r = result.rejection().get();
            throw new ApiException(CommerceErrors.WEBHOOK_REJECTED, "the webhook was rejected: " + r.code() + ": " + r.message());
        }
        int applied = 0;
        int duplicates = 0;
        int ignored = 0;
        for (TrackingEvent e : result.events()) {
            switch (applyTracking(tenant, pluginId, e)) {
                case "APPLIED" -> applied++;
                case "DUPLICATE" -> duplicates++;
                default -> ignored++;
            }
        }
        return new WebhookReport(applied, duplicates, ignored);
    }

    /**
     * Records one tracking event once; DELIVERED moves the order to DELIVERED.
     *
     * @param tenant  the tenant
     * @param carrier the carrier plugin
     * @param event   the event
     * @return APPLIED, DUPLICATE or UNMATCHED
     */
    public String applyTracking(TenantId tenant, String carrier, TrackingEvent event) {
        Instant now = clock.instant();
        return storage.inTransaction(h -> {
            Optional<ShipmentDao.Row> row = ShipmentDao.byTracking(h, tenant, carrier, event.trackingNumber());
            if (row.isEmpty()) {
                return "UNMATCHED";
            }
            OrderRecord order = ledger.lock(h, tenant, row.get().orderId());
            if (!ShipmentDao.insertEvent(h, tenant, row.get().shipmentId(), event.status().name(), event.occurredAt(), event.location(),
                    event.description(), now)) {
                return "DUPLICATE";
            }
            String latest = ShipmentDao.latestStatus(h, tenant, row.get().shipmentId()).orElse(event.status().name());
            boolean delivered = row.get().status().equals(TrackingStatus.DELIVERED.name());
            String status = delivered ? TrackingStatus.DELIVERED.name() : latest;
            ShipmentDao.setStatus(h, tenant, row.get().shipmentId(), status, row.get().attempts(), null, null, now);
            Map<String, String> attributes = Map.of("trackingNumber", event.trackingNumber(), "trackingStatus", event.status().name(),
                    "trackingOccurredAt", event.occurredAt().toString(), "location", event.location());
            if (event.status() == TrackingStatus.DELIVERED && (OrderStateMachine.canMove(order.status(), OrderStatus.DELIVERED))) {
                ledger.moveTo(h, order, OrderStatus.DELIVERED, attributes);
            } else {
                ledger.record(h, order, "order.tracking_updated", attributes);
            }
            return "APPLIED";
        });
    }

    private ShipmentView view(TenantId tenant, ShipmentDao.Row r) {
        List<ShipmentView.TrackingView> events = storage.withHandle(h -> ShipmentDao.events(h, tenant, r.shipmentId()));
        return new ShipmentView(r.shipmentId(), r.orderId(), r.carrier(), r.serviceCode(), r.status(), r.trackingNumber(),
                r.labelFormat() == null ? "" : r.labelFormat(), r.labelContent() == null ? "" : r.labelContent(),
                r.customsForm() == null ? "" : r.customsForm(),
                r.chargeAmount() == null ? null : MoneyView.of(r.chargeAmount(), r.chargeCurrency()),
                r.reasonCode() == null ? List.of() : List.of(r.reasonCode() + ": " + r.reasonMessage()), events, r.createdAt());
    }

    private static String json(Object value) {
        try {
            return RECORDS.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }
}
