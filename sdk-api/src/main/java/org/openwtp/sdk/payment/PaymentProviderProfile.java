package org.openwtp.sdk.payment;

import java.util.Objects;
import java.util.Set;
import org.openwtp.sdk.money.CurrencyCode;

/**
 * What a payment provider supports.
 *
 * @param displayName         e.g. {@code Card sandbox}
 * @param currencies          currencies it can charge in
 * @param methods             instruments it accepts
 * @param supportsPartialCapture whether capture may take less than the authorised amount
 * @param supportsPartialRefund  whether a refund may return less than the captured amount
 */
public record PaymentProviderProfile(String displayName, Set<CurrencyCode> currencies, Set<PaymentMethodType> methods,
                                     boolean supportsPartialCapture, boolean supportsPartialRefund) {

    /**
     * Validates and copies the profile.
     *
     * @param displayName            e.g. {@code Card sandbox}
     * @param currencies             currencies it can charge in
     * @param methods                instruments it accepts
     * @param supportsPartialCapture whether capture may take less than the authorised amount
     * @param supportsPartialRefund  whether a refund may return less than the captured amount
     */
    public PaymentProviderProfile {
        Objects.requireNonNull(displayName, "display name must not be null");
        currencies = Set.copyOf(Objects.requireNonNull(currencies, "currencies must not be null"));
        methods = Set.copyOf(Objects.requireNonNull(methods, "methods must not be null"));
        if (currencies.isEmpty() || methods.isEmpty()) {
            throw new IllegalArgumentException("a payment provider supports at least one currency and one method");
        }
    }
}
