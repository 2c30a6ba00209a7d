package org.openwtp.core.commerce.order;

import static org.openwtp.core.commerce.order.OrderStatus.AUTHORIZED;
import static org.openwtp.core.commerce.order.OrderStatus.CANCELLED;
import static org.openwtp.core.commerce.order.OrderStatus.COMPLETED;
import static org.openwtp.core.commerce.order.OrderStatus.CREATED;
import static org.openwtp.core.commerce.order.OrderStatus.DELIVERED;
import static org.openwtp.core.commerce.order.OrderStatus.PAID;
import static org.openwtp.core.commerce.order.OrderStatus.PARTIALLY_REFUNDED;
import static org.openwtp.core.commerce.order.OrderStatus.PAYMENT_FAILED;
import static org.openwtp.core.commerce.order.OrderStatus.PAYMENT_PENDING;
import static org.openwtp.core.commerce.order.OrderStatus.REFUNDED;
import static org.openwtp.core.commerce.order.OrderStatus.SHIPPED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;

/**
 * The order life cycle as one table of allowed transitions. A move to the status the order already has is
 * a no-op (webhooks and retries repeat themselves), except for {@link OrderStatus#PARTIALLY_REFUNDED}, which
 * may follow itself (a second partial refund). Anything else is refused with
 * {@link #ILLEGAL_TRANSITION}, naming the current status and the allowed ones. Stateless and thread-safe.
 *
 * <pre>
 * CREATED ─┬─► AUTHORIZED ──► PAID ──► SHIPPED ──► DELIVERED ──► COMPLETED
 *          ├─► PAYMENT_PENDING ─► AUTHORIZED | PAYMENT_FAILED | CANCELLED
 *          ├─► PAYMENT_FAILED
 *          └─► CANCELLED ◄── AUTHORIZED
 * PAID | SHIPPED | DELIVERED | COMPLETED ──► PARTIALLY_REFUNDED ──► REFUNDED
 * </pre>
 */
public final class OrderStateMachine {

    /** The problem an illegal transition is refused with. */
    public static final ErrorCode ILLEGAL_TRANSITION = ErrorCode.of("illegal_transition", "Illegal order transition", 409);

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = table();

    private OrderStateMachine() {
    }

    private static Map<OrderStatus, Set<OrderStatus>> table() {
        Map<OrderStatus, Set<OrderStatus>> t = new EnumMap<>(OrderStatus.class);
        t.put(CREATED, EnumSet.of(AUTHORIZED, PAYMENT_PENDING, PAYMENT_FAILED, CANCELLED));
        t.put(PAYMENT_PENDING, EnumSet.of(AUTHORIZED, PAYMENT_FAILED, CANCELLED));
        t.put(AUTHORIZED, EnumSet.of(PAID, CANCELLED));
        t.put(PAYMENT_FAILED, EnumSet.noneOf(OrderStatus.class));
        t.put(PAID, EnumSet.of(SHIPPED, PARTIALLY_REFUNDED, REFUNDED));
        t.put(SHIPPED, EnumSet.of(DELIVERED, PARTIALLY_REFUNDED, REFUNDED));
        t.put(DELIVERED, EnumSet.of(COMPLETED, PARTIALLY_REFUNDED, REFUNDED));
        t.put(COMPLETED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED));
        t.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
        t.put(PARTIALLY_REFUNDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED, COMPLETED));
        t.put(REFUNDED, EnumSet.noneOf(OrderStatus.class));
        t.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(t);
    }

    /**
     * The statuses an order may move to from one status.
     *
     * @param from the current status
     * @return the allowed targets (a repeat of {@code from} is not listed unless it is a real move)
     */
    public static Set<OrderStatus> allowedFrom(OrderStatus from) {
        return ALLOWED.get(Objects.requireNonNull(from, "from must not be null"));
    }

    /**
     * Whether a move is allowed.
     *
     * @param from the current status
     * @param to   the target
     * @return true if {@code to} is in {@link #allowedFrom(OrderStatus)}
     */
    public static boolean canMove(OrderStatus from, OrderStatus to) {
        return allowedFrom(from).contains(Objects.requireNonNull(to, "to must not be null"));
    }

    /**
     * Whether nothing can happen to an order any more.
     *
     * @param status the status
     * @return true for PAYMENT_FAILED, CANCELLED and REFUNDED
     */
    public static boolean isFinal(OrderStatus status) {
        return allowedFrom(status).isEmpty();
    }

    /**
     * Decides a move: {@code true} if it changes the status, {@code false} if the order already has it (a
     * no-op), or a refusal.
     *
     * @param orderId the order, for the message
     * @param from    the current status
     * @param to      the target
     * @return whether the status changes
     * @throws ApiException {@link #ILLEGAL_TRANSITION} with the current status and the allowed moves
     */
    public static boolean check(String orderId, OrderStatus from, OrderStatus to) {
        if (canMove(from, to)) {
            return true;
        }
        if (from == to) {
            return false;
        }
        throw illegal(orderId, from, to);
    }

    /**
     * The refusal of a move.
     *
     * @param orderId the order
     * @param from    the current status
     * @param to      the refused target
     * @return the exception to throw
     */
    public static ApiException illegal(String orderId, OrderStatus from, OrderStatus to) {
        Set<OrderStatus> allowed = allowedFrom(from);
        String options = allowed.isEmpty() ? "nothing (it is final)"
                : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        return new ApiException(ILLEGAL_TRANSITION, "order " + orderId + " is " + from + " and cannot become " + to
                + "; from " + from + " it can become " + options);
    }
}
