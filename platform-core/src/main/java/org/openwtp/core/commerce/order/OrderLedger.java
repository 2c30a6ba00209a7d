package org.openwtp.core.commerce.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.MoneyView;
import org.openwtp.core.commerce.order.internal.OrderDao;
import org.openwtp.core.commerce.order.internal.StockDao;
import org.openwtp.core.events.Outbox;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiJson;
import org.openwtp.sdk.context.TenantId;

/**
 * The one place order status changes: on the caller's write transaction, it checks the move against
 * {@link OrderStateMachine}, updates the row, releases reserved stock when the order is cancelled or its
 * payment failed, writes the domain event into the outbox and, when the order leaves {@code CREATED},
 * stores the answer an idempotent replay of its placement will get. Stock is reserved and released only
 * here, and every such change is told to {@link StockChanges} (so the catalog's cached product is dropped
 * when the transaction commits). Used by the payment and shipment features. Thread-safe.
 */
public final class OrderLedger {

    private final Clock clock;
    private final StockChanges stockChanges;

    /**
     * @param clock the clock
     */
    public OrderLedger(Clock clock) {
        this(clock, StockChanges.NONE);
    }

    /**
     * @param clock        the clock
     * @param stockChanges told of every stock reservation and release (the catalog's cache)
     */
    @Inject
    public OrderLedger(Clock clock, StockChanges stockChanges) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.stockChanges = Objects.requireNonNull(stockChanges, "stockChanges must not be null");
    }

    /**
     * Takes {@code quantity} from a product's stock if that much is left, checked by the database in this
     * transaction (never from a cached copy).
     *
     * @param h         the write transaction
     * @param tenant    the tenant
     * @param productId the product
     * @param quantity  units to take
     * @return true if reserved, false if the product has less (or does not exist for the tenant)
     */
    public boolean reserveStock(Handle h, TenantId tenant, String productId, int quantity) {
        boolean reserved = StockDao.reserve(h, tenant, productId, quantity);
        if (reserved) {
            stockChanges.changed(h, tenant, productId);
        }
        return reserved;
    }

    /**
     * Reads an order for change (locked on PostgreSQL until the transaction ends).
     *
     * @param h       the write transaction
     * @param tenant  the tenant
     * @param orderId the order
     * @return the order
     * @throws ApiException 404 if the tenant has no such order
     */
    public OrderRecord lock(Handle h, TenantId tenant, String orderId) {
        return OrderDao.lock(h, tenant, orderId).orElseThrow(() -> ApiException.notFound("order", orderId));
    }

    /**
     * Moves an order to a status.
     *
     * @param h      the write transaction
     * @param order  the order as read in this transaction
     * @param target the new status
     * @param extra  attributes for the event beyond the standard ones (e.g. {@code amount})
     * @return true if the status changed, false if the order already had it
     * @throws ApiException {@link OrderStateMachine#ILLEGAL_TRANSITION} if the move is not allowed
     */
    public boolean moveTo(Handle h, OrderRecord order, OrderStatus target, Map<String, String> extra) {
        if (!OrderStateMachine.check(order.orderId(), order.status(), target)) {
            return false;
        }
        if (target == OrderStatus.PARTIALLY_REFUNDED && order.status() == OrderStatus.PARTIALLY_REFUNDED) {
            h.createUpdate("UPDATE orders SET version = version + 1, updated_at = :now WHERE tenant_id = :t AND order_id = :id")
                    .bind("now", clock.millis()).bind("t", order.tenant().value()).bind("id", order.orderId()).execute();
        } else if (!OrderDao.updateStatus(h, order.tenant(), order.orderId(), order.status(), target, clock.instant())) {
            throw new IllegalStateException("order " + order.orderId() + " changed while locked; read it in the same transaction");
        }
        if (target == OrderStatus.CANCELLED || target == OrderStatus.PAYMENT_FAILED) {
            releaseStock(h, order);
        }
        Map<String, String> attributes = attributes(h, order);
        attributes.put("status", target.name());
        attributes.put("previousStatus", order.status().name());
        attributes.putAll(extra);
        Outbox.append(h, order.tenant(), target.eventType(), "order", order.orderId(), attributes, clock.instant());
        if (order.status() == OrderStatus.CREATED) {
            OrderDao.completeRequest(h, order.tenant(), order.orderId(), 201, json(view(h, order.tenant(), order.orderId()).orElseThrow()));
        }
        return true;
    }

    /**
     * Writes an order event that does not change the status (e.g. {@code order.disputed}).
     *
     * @param h         the write transaction
     * @param order     the order
     * @param eventType the event type
     * @param extra     attributes beyond the standard ones
     */
    public void record(Handle h, OrderRecord order, String eventType, Map<String, String> extra) {
        Map<String, String> attributes = attributes(h, order);
        attributes.put("status", order.status().name());
        attributes.putAll(extra);
        Outbox.append(h, order.tenant(), eventType, "order", order.orderId(), attributes, clock.instant());
    }

    /** The attributes every order event carries; the escrow reads paymentProvider and providerReference. */
    private static Map<String, String> attributes(Handle h, OrderRecord order) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("orderId", order.orderId());
        a.put("buyerId", order.buyerId());
        a.put("sellerId", order.sellerId());
        a.put("total", Long.toString(order.total()));
        a.put("totalAmount", order.totalMoney().amount().toPlainString());
        // collected with the order: listeners such as the Chinese pavilion's CBEC ledger count goods and shipping only
        a.put("duties", Long.toString(order.duties()));
        a.put("taxes", Long.toString(order.taxes()));
        a.put("currency", order.currency());
        a.put("paymentProvider", order.paymentProvider());
        OrderDao.payment(h, order.tenant(), order.orderId())
                .map(OrderView.PaymentView::providerReference)
                .filter(r -> !r.isEmpty())
                .ifPresent(r -> a.put("providerReference", r));
        return a;
    }

    private void releaseStock(Handle h, OrderRecord order) {
        if (OrderDao.markStockReleased(h, order.tenant(), order.orderId())) {
            for (OrderDao.LineRow line : OrderDao.lines(h, order.tenant(), order.orderId())) {
                StockDao.release(h, order.tenant(), line.productId(), line.quantity());
                stockChanges.changed(h, order.tenant(), line.productId());
            }
        }
    }

    /**
     * An order as the API shows it, read on any handle.
     *
     * @param h       a handle
     * @param tenant  the tenant
     * @param orderId the order
     * @return the view, or empty if the tenant has no such order
     */
    public static Optional<OrderView> view(Handle h, TenantId tenant, String orderId) {
        return OrderDao.find(h, tenant, orderId).map(o -> view(h, o));
    }

    static OrderView view(Handle h, OrderRecord o) {
        List<OrderView.LineView> lines = new ArrayList<>();
        for (OrderDao.LineRow l : OrderDao.lines(h, o.tenant(), o.orderId())) {
            lines.add(new OrderView.LineView(l.productId(), l.title(), l.quantity(), MoneyView.of(l.unitAmount(), o.currency())));
        }
        OrderView.PaymentView payment = OrderDao.payment(h, o.tenant(), o.orderId()).orElse(null);
        return new OrderView(o.orderId(), o.status(), List.copyOf(OrderStateMachine.allowedFrom(o.status())), o.quoteId(),
                o.optionId(), o.buyerId(), o.sellerId(), MoneyView.of(o.goods(), o.currency()), MoneyView.of(o.shipping(), o.currency()),
                MoneyView.of(o.duties(), o.currency()), MoneyView.of(o.taxes(), o.currency()), MoneyView.of(o.total(), o.currency()),
                lines, o.carrierPlugin(), o.serviceCode(), o.incoterm(), payment, o.version(), o.createdAt(), o.updatedAt());
    }

    static String json(Object value) {
        try {
            return ApiJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }
}
