package org.openwtp.core.commerce.order;

import org.openwtp.core.http.ErrorCode;

/** The problems the order, payment and shipment API answers with (listed in docs/orders-and-payments.md). */
public final class CommerceErrors {

    /** The Idempotency-Key header is missing or malformed. */
    public static final ErrorCode IDEMPOTENCY_KEY_REQUIRED = ErrorCode.of("idempotency_key_required", "Idempotency-Key required", 400);
    /** The key was used before with another request body. */
    public static final ErrorCode IDEMPOTENCY_KEY_REUSED = ErrorCode.of("idempotency_key_reused", "Idempotency key reused", 422);
    /** The first request with this key is still running. */
    public static final ErrorCode IDEMPOTENT_REQUEST_IN_PROGRESS = ErrorCode.of("idempotent_request_in_progress",
            "Request with this key in progress", 409);
    /** No such quote for the tenant. */
    public static final ErrorCode QUOTE_NOT_FOUND = ErrorCode.of("quote_not_found", "Quote not found", 404);
    /** The quote expired. */
    public static final ErrorCode QUOTE_EXPIRED = ErrorCode.of("quote_expired", "Quote expired", 410);
    /** Not enough stock for a line. */
    public static final ErrorCode OUT_OF_STOCK = ErrorCode.of("out_of_stock", "Out of stock", 409);
    /** The payment provider named is not enabled for the tenant. */
    public static final ErrorCode PAYMENT_PROVIDER_UNAVAILABLE = ErrorCode.of("payment_provider_unavailable",
            "Payment provider not available", 422);
    /** The carrier of the order is not enabled any more. */
    public static final ErrorCode CARRIER_UNAVAILABLE = ErrorCode.of("carrier_unavailable", "Carrier not available", 422);
    /** A refund asked for more than what remains refundable. */
    public static final ErrorCode REFUND_EXCEEDS_CAPTURED = ErrorCode.of("refund_exceeds_captured", "Refund exceeds captured amount", 422);
    /** The provider declined an operation. */
    public static final ErrorCode PAYMENT_DECLINED = ErrorCode.of("payment_declined", "Payment operation declined", 402);
    /** The provider has not given a final answer yet; the reconciler will. */
    public static final ErrorCode PAYMENT_OUTCOME_PENDING = ErrorCode.of("payment_outcome_pending", "Payment outcome pending", 409);
    /** The carrier refused the shipment. */
    public static final ErrorCode SHIPMENT_REFUSED = ErrorCode.of("shipment_refused", "Shipment refused by the carrier", 422);
    /** A plugin failed or timed out. */
    public static final ErrorCode PROVIDER_FAILED = ErrorCode.of("provider_failed", "Provider failed", 502);
    /** An inbound webhook failed verification. */
    public static final ErrorCode WEBHOOK_REJECTED = ErrorCode.of("webhook_rejected", "Webhook rejected", 401);

    private CommerceErrors() {
    }
}
