package org.openwtp.core.commerce.order;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Page;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.context.IdempotencyKey;

/** {@code /v1/orders}: place (idempotent), read, list, cancel, complete, dispute, history. Thread-safe. */
public final class OrderResource implements ApiResource {

    /** The header that makes placement safe to repeat. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderService orders;
    private final OrderAccess access;

    /**
     * @param orders the order service
     * @param access which orders a caller may act on
     */
    @Inject
    public OrderResource(OrderService orders, OrderAccess access) {
        this.orders = Objects.requireNonNull(orders, "orders must not be null");
        this.access = Objects.requireNonNull(access, "access must not be null");
    }

    /**
     * The body of a cancellation.
     *
     * @param reason why, optional
     */
    public record CancelRequest(String reason) {
    }

    /**
     * The body of a dispute.
     *
     * @param reason the buyer's reason
     */
    public record DisputeRequest(String reason) {
    }

    /**
     * The events of an order.
     *
     * @param events type, sequence and time of each, oldest first
     */
    public record History(List<Map<String, String>> events) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/orders", this::place)
                .summary("Place an order from a quote")
                .description("Requires an Idempotency-Key header (1-255 printable ASCII characters). The same key with the same body "
                        + "returns the first answer again; with another body it is refused (422 idempotency_key_reused). Stock is "
                        + "reserved in the same transaction; the payment is then authorized. The order's status tells the outcome: "
                        + "AUTHORIZED, PAYMENT_PENDING (the reconciler settles it) or PAYMENT_FAILED.")
                .roles(Role.STOREFRONT, Role.TENANT_ADMIN).request(PlaceOrderRequest.class).response(201, OrderView.class);
        routes.get("/v1/orders", this::list)
                .summary("List orders, oldest first").roles(Role.STOREFRONT, Role.TENANT_ADMIN, Role.SELLER)
                .query("limit", "items per page, 1-200 (default 50)").query("cursor", "nextCursor of the previous page")
                .query("buyerId", "only this buyer's orders").query("status", "only orders in this status")
                .response(200, Page.class);
        routes.get("/v1/orders/{order}", this::show)
                .summary("Show an order").roles(Role.STOREFRONT, Role.TENANT_ADMIN, Role.SELLER).response(200, OrderView.class);
        routes.post("/v1/orders/{order}/cancel", this::cancel)
                .summary("Cancel an order before capture: voids the authorization, releases stock")
                .roles(Role.STOREFRONT, Role.TENANT_ADMIN).request(CancelRequest.class).response(200, OrderView.class);
        routes.post("/v1/orders/{order}/complete", this::complete)
                .summary("Close a delivered order").roles(Role.STOREFRONT, Role.TENANT_ADMIN).response(200, OrderView.class);
        routes.post("/v1/orders/{order}/disputes", this::dispute)
                .summary("Record the buyer's dispute (an escrow freezes the release)")
                .roles(Role.STOREFRONT, Role.TENANT_ADMIN).request(DisputeRequest.class).response(200, OrderView.class);
        routes.get("/v1/orders/{order}/events", this::history)
                .summary("The order's domain events").roles(Role.STOREFRONT, Role.TENANT_ADMIN, Role.SELLER).response(200, History.class);
    }

    private void place(Context ctx) {
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            throw new ApiException(CommerceErrors.IDEMPOTENCY_KEY_REQUIRED, "send an Idempotency-Key header (e.g. a UUID) so the"
                    + " order can be placed safely again after a lost answer");
        }
        try {
            IdempotencyKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new ApiException(CommerceErrors.IDEMPOTENCY_KEY_REQUIRED, e.getMessage());
        }
        PlaceOrderRequest body = JsonBodies.read(ctx, PlaceOrderRequest.class);
        OrderService.Placement placed = orders.place(Requests.tenant(ctx), Requests.principal(ctx).subject(), key, body);
        ctx.status(placed.status()).contentType("application/json").header("Location", "/v1/orders/" + placed.orderId())
                .result(placed.body());
    }

    private void list(Context ctx) {
        Optional<OrderStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return OrderStatus.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("status", "invalid", "status must be one of " + List.of(OrderStatus.values()));
            }
        });
        Optional<String> buyer = Optional.ofNullable(ctx.queryParam("buyerId")).filter(s -> !s.isEmpty());
        ctx.json(orders.list(Requests.tenant(ctx), PageRequest.from(ctx), access.sellerScope(Requests.principal(ctx)), buyer, status));
    }

    private void show(Context ctx) {
        access.requireVisible(Requests.principal(ctx), ctx.pathParam("order"));
        ctx.json(orders.get(Requests.tenant(ctx), ctx.pathParam("order")));
    }

    private void cancel(Context ctx) {
        CancelRequest body = JsonBodies.read(ctx, CancelRequest.class);
        ctx.json(orders.cancel(Requests.tenant(ctx), ctx.pathParam("order"), body.reason()));
    }

    private void complete(Context ctx) {
        ctx.json(orders.complete(Requests.tenant(ctx), ctx.pathParam("order")));
    }

    private void dispute(Context ctx) {
        DisputeRequest body = JsonBodies.read(ctx, DisputeRequest.class);
        ctx.json(orders.dispute(Requests.tenant(ctx), ctx.pathParam("order"), body.reason()));
    }

    private void history(Context ctx) {
        access.requireVisible(Requests.principal(ctx), ctx.pathParam("order"));
        ctx.json(new History(orders.history(Requests.tenant(ctx), ctx.pathParam("order"))));
    }
}
