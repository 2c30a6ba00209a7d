package org.openwtp.sdk.payment;

import java.util.Map;
import java.util.Objects;

/**
 * The buyer's payment instrument as the storefront collected it. Card data in a sandbox travels as
 * {@code number}, {@code expiry} ({@code MM/YY}) and {@code holder}; a production provider would
 * receive a token instead. {@link #toString()} never prints the details.
 *
 * @param type    the kind of instrument
 * @param details provider-specific fields
 */
public record PaymentMethod(PaymentMethodType type, Map<String, String> details) {

    /**
     * Copies the details.
     *
     * @param type    the kind of instrument
     * @param details provider-specific fields
     */
    public PaymentMethod {
        Objects.requireNonNull(type, "payment method type must not be null");
        details = Map.copyOf(Objects.requireNonNull(details, "details must not be null"));
    }

    /**
     * A method without details (escrow, bank transfer).
     *
     * @param type the kind
     * @return the method
     */
    public static PaymentMethod of(PaymentMethodType type) {
        return new PaymentMethod(type, Map.of());
    }

    @Override
    public String toString() {
        return "PaymentMethod[" + type + ", fields=" + details.keySet() + "]";
    }
}
