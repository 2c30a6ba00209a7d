package org.openwtp.core.commerce.order;

/** Where an order stands; {@link OrderStateMachine} says which moves are allowed. */
public enum OrderStatus {
    /** Stored, stock reserved; the payment authorization is being asked for. */
    CREATED,
    /** The provider has not given a final answer on the authorization (PENDING or UNKNOWN); the reconciler asks. */
    PAYMENT_PENDING,
    /** Funds are reserved; waiting for the seller to ship. */
    AUTHORIZED,
    /** The authorization was declined or failed; stock was released. Final. */
    PAYMENT_FAILED,
    /** The funds were captured (at shipment); the shipment is being booked. */
    PAID,
    /** The carrier has the parcel. */
    SHIPPED,
    /** The carrier delivered the parcel. */
    DELIVERED,
    /** The buyer confirmed receipt or the tenant closed the order. */
    COMPLETED,
    /** Cancelled before capture; the authorization was voided and stock released. Final. */
    CANCELLED,
    /** Part of the captured amount was refunded. */
    PARTIALLY_REFUNDED,
    /** Everything captured was refunded. Final. */
    REFUNDED;

    /**
     * The event type written to the outbox when an order enters this status.
     *
     * @return e.g. {@code order.paid}
     */
    public String eventType() {
        return switch (this) {
            case CREATED -> "order.created";
            case PAYMENT_PENDING -> "order.payment_pending";
            case AUTHORIZED -> "order.authorized";
            case PAYMENT_FAILED -> "order.payment_failed";
            case PAID -> "order.paid";
            case SHIPPED -> "order.shipped";
            case DELIVERED -> "order.delivered";
            case COMPLETED -> "order.completed";
            case CANCELLED -> "order.cancelled";
            case PARTIALLY_REFUNDED, REFUNDED -> "order.refunded";
        };
    }
}
