package org.openwtp.testkit;

import java.util.Objects;
import org.openwtp.sdk.money.CurrencyCode;

/**
 * A currency pair an {@link FxRateSourceContract} asks a rate for.
 *
 * @param from the currency converted from (the rate's base)
 * @param to   the currency converted to (the rate's quote)
 */
public record CurrencyPair(CurrencyCode from, CurrencyCode to) {
    /** Validates the pair. */
    public CurrencyPair {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
    }

    /**
     * A pair from ISO 4217 codes.
     *
     * @param from e.g. {@code EUR}
     * @param to   e.g. {@code RUB}
     * @return the pair
     */
    public static CurrencyPair of(String from, String to) {
        return new CurrencyPair(CurrencyCode.of(from), CurrencyCode.of(to));
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
