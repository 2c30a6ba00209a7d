package org.openwtp.sdk.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * How many units of {@code quote} one unit of {@code base} buys, as of a time, from a named source.
 *
 * @param base   the currency converted from
 * @param quote  the currency converted to
 * @param rate   units of quote per unit of base; positive
 * @param asOf   when the rate was valid
 * @param source who published it, e.g. {@code fx-fixed table of 2026-11-27}
 */
public record ExchangeRate(CurrencyCode base, CurrencyCode quote, BigDecimal rate, Instant asOf, String source) {

    /** 12 significant digits, so the inverse of a large rate (USD to IDR) keeps its precision too. */
    private static final MathContext INVERSE_PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /**
     * Validates the rate.
     *
     * @param base   the currency converted from
     * @param quote  the currency converted to
     * @param rate   units of quote per unit of base; positive
     * @param asOf   when the rate was valid
     * @param source who published it, e.g. {@code fx-fixed table of 2026-11-27}
     */
    public ExchangeRate {
        Objects.requireNonNull(base, "base currency must not be null");
        Objects.requireNonNull(quote, "quote currency must not be null");
        Objects.requireNonNull(rate, "rate must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate " + base + "/" + quote + " must be positive, was " + rate.toPlainString());
        }
    }

    /**
     * Converts money in the base currency to the quote currency.
     *
     * @param money    money in {@link #base()}
     * @param rounding how to round to the quote currency's minor unit
     * @return money in {@link #quote()}
     */
    public Money convert(Money money, RoundingMode rounding) {
        Objects.requireNonNull(money, "money must not be null");
        if (!money.currency().equals(base)) {
            throw new IllegalArgumentException("this rate converts " + base + " to " + quote + ", not " + money.currency());
        }
        return Money.rounded(money.amount().multiply(rate), quote, rounding);
    }

    /**
     * The rate the other way round.
     *
     * @return a rate from quote to base, rounded half-even to 12 significant digits
     */
    public ExchangeRate inverse() {
        return new ExchangeRate(quote, base, BigDecimal.ONE.divide(rate, INVERSE_PRECISION), asOf, source);
    }
}
