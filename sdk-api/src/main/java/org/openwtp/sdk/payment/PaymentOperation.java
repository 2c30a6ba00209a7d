package org.openwtp.sdk.payment;

import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.money.Money;

/**
 * A capture, refund or void of an earlier authorization, named by the provider's reference.
 *
 * @param providerReference the reference the provider returned at authorization
 * @param amount            the amount to capture or refund; empty for a void or for "all that remains"
 * @param reason            why, e.g. a refund reason shown to the buyer; may be empty
 */
public record PaymentOperation(String providerReference, Optional<Money> amount, String reason) {

    /**
     * Validates the operation.
     *
     * @param providerReference the reference the provider returned at authorization
     * @param amount            the amount to capture or refund; empty for a void or for "all that remains"
     * @param reason            why, e.g. a refund reason shown to the buyer; may be empty
     */
    public PaymentOperation {
        Objects.requireNonNull(providerReference, "provider reference must not be null");
        if (providerReference.isBlank()) {
            throw new IllegalArgumentException("provider reference must not be blank");
        }
        Objects.requireNonNull(amount, "amount must not be null (use Optional.empty())");
        amount.ifPresent(a -> {
            if (a.minorUnits() <= 0) {
                throw new IllegalArgumentException("amount must be more than zero, was " + a);
            }
        });
        reason = reason == null ? "" : reason;
    }

    /**
     * Capture or refund a given amount.
     *
     * @param providerReference the provider's reference
     * @param amount            the amount
     * @return the operation
     */
    public static PaymentOperation of(String providerReference, Money amount) {
        return new PaymentOperation(providerReference, Optional.of(amount), "");
    }

    /**
     * Act on the whole remaining amount, or void.
     *
     * @param providerReference the provider's reference
     * @return the operation
     */
    public static PaymentOperation whole(String providerReference) {
        return new PaymentOperation(providerReference, Optional.empty(), "");
    }
}
