package org.openwtp.sdk.payment;

import java.util.Objects;
import org.openwtp.sdk.money.Money;

/**
 * Reserve funds for an order.
 *
 * @param paymentId      the core's id for this payment, stable across retries
 * @param orderReference the core's order id
 * @param amount         the amount to authorise, more than zero
 * @param method         the buyer's instrument
 * @param buyerReference a stable reference for the buyer, may be empty
 * @param description    shown on the buyer's statement, may be empty
 */
public record AuthorizeRequest(String paymentId, String orderReference, Money amount, PaymentMethod method,
                               String buyerReference, String description) {

    /**
     * Validates the request.
     *
     * @param paymentId      the core's id for this payment, stable across retries
     * @param orderReference the core's order id
     * @param amount         the amount to authorise, more than zero
     * @param method         the buyer's instrument
     * @param buyerReference a stable reference for the buyer, may be empty
     * @param description    shown on the buyer's statement, may be empty
     */
    public AuthorizeRequest {
        Objects.requireNonNull(paymentId, "payment id must not be null");
        Objects.requireNonNull(orderReference, "order reference must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("an authorization must be for more than zero, was " + amount);
        }
        Objects.requireNonNull(method, "payment method must not be null");
        buyerReference = buyerReference == null ? "" : buyerReference;
        description = description == null ? "" : description;
    }
}
