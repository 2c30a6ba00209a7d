package org.openwtp.core.commerce.shipment;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openwtp.core.commerce.order.OrderAccess;
import org.openwtp.core.commerce.payment.PaymentResource;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.webhook.InboundWebhook;

/**
 * Shipping an order, its tracking, and the inbound carrier webhook endpoint
 * {@code POST /webhooks/{tenant}/carriers/{plugin}} (no API key: the plugin verifies the signature). Thread-safe.
 */
public final class ShipmentResource implements ApiResource {

    private final ShipmentService shipments;
    private final OrderAccess access;
    private final Clock clock;

    /**
     * @param shipments the shipment service
     * @param access    which orders a caller may act on (a seller ships only its own)
     * @param clock     the clock (receipt time of webhooks)
     */
    @Inject
    public ShipmentResource(ShipmentService shipments, OrderAccess access, Clock clock) {
        this.access = Objects.requireNonNull(access, "access must not be null");
        this.shipments = Objects.requireNonNull(shipments, "shipments must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/orders/{order}/shipments", this::ship)
                .summary("Ship an order: capture the payment, book the carrier with the customs declaration")
                .description("Safe to repeat: a booked shipment is returned again; a booking whose answer was lost is repeated "
                        + "under the same idempotency key.")
                .roles(Role.SELLER, Role.TENANT_ADMIN).response(201, ShipmentView.class);
        routes.get("/v1/orders/{order}/tracking", this::tracking)
                .summary("The order's shipment and tracking events (asks the carrier for news)")
                .roles(Role.STOREFRONT, Role.SELLER, Role.TENANT_ADMIN).response(200, ShipmentView.class);
        routes.post("/webhooks/{tenant}/carriers/{plugin}", this::webhook)
                .summary("Inbound tracking webhook of a carrier")
                .description("Passed raw to the tenant's carrier plugin, which verifies it; each tracking event is applied once.")
                .publicAccess().response(200, ShipmentService.WebhookReport.class);
    }

    private void ship(Context ctx) {
        access.requireVisible(Requests.principal(ctx), ctx.pathParam("order"));
        ctx.status(201).json(shipments.ship(Requests.tenant(ctx), ctx.pathParam("order")));
    }

    private void tracking(Context ctx) {
        access.requireVisible(Requests.principal(ctx), ctx.pathParam("order"));
        ctx.json(shipments.track(Requests.tenant(ctx), ctx.pathParam("order")));
    }

    private void webhook(Context ctx) {
        InboundWebhook webhook = new InboundWebhook(ctx.headerMap().entrySet().stream().collect(Collectors.toMap(
                java.util.Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a)), ctx.bodyAsBytes(), clock.instant());
        ctx.json(shipments.handleWebhook(PaymentResource.tenantOf(ctx.pathParam("tenant")), ctx.pathParam("plugin"), webhook));
    }
}
