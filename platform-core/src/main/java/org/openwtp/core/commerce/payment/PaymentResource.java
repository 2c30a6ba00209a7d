package org.openwtp.core.commerce.payment;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderAccess;
import org.openwtp.core.commerce.order.OrderService;
import org.openwtp.core.commerce.order.OrderView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.webhook.InboundWebhook;

/**
 * Refunds and payment details of an order, and the inbound payment webhook endpoint
 * {@code POST /webhooks/{tenant}/payments/{plugin}} (no API key: the plugin verifies the signature).
 * Thread-safe.
 */
public final class PaymentResource implements ApiResource {

    private final PaymentService payments;
    private final OrderService orders;
    private final OrderAccess access;
    private final Clock clock;

    /**
     * @param payments the payment service
     * @param orders   the order service
     * @param access   which orders a caller may act on
     * @param clock    the clock (receipt time of webhooks)
     */
    @Inject
    public PaymentResource(PaymentService payments, OrderService orders, OrderAccess access, Clock clock) {
        this.access = Objects.requireNonNull(access, "access must not be null");
        this.payments = Objects.requireNonNull(payments, "payments must not be null");
        this.orders = Objects.requireNonNull(orders, "orders must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * The body of a refund.
     *
     * @param amount the amount in minor units of the order's currency; absent for everything still refundable
     * @param reason why, passed to the provider
     */
    public record RefundRequest(Long amount, String reason) {
    }

    /**
     * An order's payment and its operations.
     *
     * @param payment    the payment
     * @param operations authorize, capture, void and refund operations, oldest first
     */
    public record PaymentDetails(OrderView.PaymentView payment, List<PaymentOutcome> operations) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/orders/{order}/refunds", this::refund)
                .summary("Refund all or part of what was captured")
                .description("amount in minor units, absent for everything still refundable; never more than captured minus "
                        + "refunded. An optional Idempotency-Key makes the request safe to repeat. 201 when refunded, 202 when "
                        + "the provider's answer is pending (the reconciler settles it).")
                .roles(Role.TENANT_ADMIN).request(RefundRequest.class).response(201, PaymentOutcome.class).response(202, PaymentOutcome.class);
        routes.get("/v1/orders/{order}/payment", this::details)
                .summary("The order's payment and its operations").roles(Role.TENANT_ADMIN, Role.STOREFRONT, Role.SELLER)
                .response(200, PaymentDetails.class);
        routes.post("/webhooks/{tenant}/payments/{plugin}", this::webhook)
                .summary("Inbound webhook of a payment provider")
                .description("Passed raw (headers and bytes) to the tenant's payment plugin, which verifies its signature; the "
                        + "verified events are applied once each (keyed on provider, reference, type and event id).")
                .publicAccess().response(200, PaymentService.WebhookReport.class);
    }

    private void refund(Context ctx) {
        RefundRequest body = JsonBodies.read(ctx, RefundRequest.class);
        Optional<String> key = Optional.ofNullable(ctx.header("Idempotency-Key")).filter(k -> !k.isBlank());
        key.ifPresent(k -> {
            try {
                IdempotencyKey.of(k);
            } catch (IllegalArgumentException e) {
                throw new ApiException(CommerceErrors.IDEMPOTENCY_KEY_REQUIRED, e.getMessage());
            }
        });
        if (body.reason() != null && body.reason().length() > 500) {
            throw ApiException.invalidField("reason", "too_long", "reason must be at most 500 characters");
        }
        PaymentOutcome outcome = payments.refund(Requests.tenant(ctx), ctx.pathParam("order"), Optional.ofNullable(body.amount()),
                body.reason(), key);
        if (outcome.status() == TransactionStatus.DECLINED || outcome.status() == TransactionStatus.FAILED) {
            throw new ApiException(CommerceErrors.PAYMENT_DECLINED, "the provider refused the refund: " + outcome.reasonCode() + " "
                    + outcome.reasonMessage());
        }
        ctx.status(outcome.status() == TransactionStatus.SUCCEEDED ? 201 : 202).json(outcome);
    }

    private void details(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        access.requireVisible(Requests.principal(ctx), ctx.pathParam("order"));
        OrderView order = orders.get(tenant, ctx.pathParam("order"));
        ctx.json(new PaymentDetails(order.payment(), payments.operations(tenant, order.id())));
    }

    private void webhook(Context ctx) {
        TenantId tenant = tenantOf(ctx.pathParam("tenant"));
        InboundWebhook webhook = new InboundWebhook(ctx.headerMap().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                java.util.Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a)), ctx.bodyAsBytes(), clock.instant());
        ctx.json(payments.handleWebhook(tenant, ctx.pathParam("plugin"), webhook));
    }

    /**
     * The tenant of a webhook URL; a malformed one is simply not found.
     *
     * @param slug the path segment
     * @return the tenant
     */
    public static TenantId tenantOf(String slug) {
        try {
            return TenantId.of(slug);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("webhook endpoint", "tenant");
        }
    }
}
