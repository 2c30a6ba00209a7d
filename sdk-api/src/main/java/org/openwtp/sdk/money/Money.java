package org.openwtp.sdk.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money: an integer number of the currency's minor units (cents, kopecks, fen) plus the
 * currency. Never a {@code double}; every operation that could produce a fraction of a minor unit
 * takes an explicit {@link RoundingMode}.
 *
 * @param minorUnits the amount in minor units, e.g. {@code 1250} for EUR 12.50; may be negative for credits
 * @param currency   the currency
 */
public record Money(long minorUnits, CurrencyCode currency) implements Comparable<Money> {

    /**
     * Validates that a currency is given.
     *
     * @param minorUnits the amount in minor units, e.g. {@code 1250} for EUR 12.50; may be negative for credits
     * @param currency   the currency
     */
    public Money {
        Objects.requireNonNull(currency, "currency must not be null");
    }

    /**
     * Money from a decimal string in major units, e.g. {@code Money.of("12.50", "EUR")}. More decimals
     * than the currency has are refused rather than rounded silently.
     *
     * @param amount   a plain decimal such as {@code 12.50} or {@code 300}
     * @param currency an ISO 4217 code
     * @return the money
     */
    public static Money of(String amount, String currency) {
        Objects.requireNonNull(amount, "amount must not be null");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number: use digits with an optional '.' such as 12.50", e);
        }
        return of(value, CurrencyCode.of(currency));
    }

    /**
     * Money from a decimal in major units; more decimals than the currency has are refused.
     *
     * @param amount   the amount in major units
     * @param currency the currency
     * @return the money
     */
    public static Money of(BigDecimal amount, CurrencyCode currency) {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        BigDecimal minor = amount.movePointRight(currency.exponent());
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " " + currency + " is not accepted: "
                    + currency + " has " + currency.exponent() + " decimal places; round explicitly with Money.rounded");
        }
        try {
            return new Money(minor.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " " + currency
                    + " is not accepted: it does not fit in a long of minor units", e);
        }
    }

    /**
     * Money from a decimal in major units, rounding to the currency's minor unit.
     *
     * @param amount   the amount in major units
     * @param currency the currency
     * @param rounding how to round away digits the currency does not have
     * @return the money
     */
    public static Money rounded(BigDecimal amount, CurrencyCode currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(rounding, "rounding must not be null");
        return of(amount.setScale(currency.exponent(), rounding), currency);
    }

    /**
     * Money from minor units.
     *
     * @param minorUnits the amount in minor units
     * @param currency   an ISO 4217 code
     * @return the money
     */
    public static Money ofMinor(long minorUnits, String currency) {
        return new Money(minorUnits, CurrencyCode.of(currency));
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency
     * @return zero minor units of it
     */
    public static Money zero(CurrencyCode currency) {
        return new Money(0, currency);
    }

    /**
     * The amount in major units with exactly the currency's number of decimals.
     *
     * @return e.g. {@code 12.50}
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.exponent());
    }

    /**
     * Adds money of the same currency.
     *
     * @param other money in the same currency
     * @return the sum
     * @throws IllegalArgumentException if the currencies differ
     * @throws ArithmeticException      if the sum does not fit in a long of minor units
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /**
     * Subtracts money of the same currency.
     *
     * @param other money in the same currency
     * @return the difference, possibly negative
     * @throws IllegalArgumentException if the currencies differ
     * @throws ArithmeticException      if the difference does not fit in a long of minor units
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /**
     * Multiplies by a whole quantity.
     *
     * @param quantity e.g. a number of items
     * @return the product
     * @throws ArithmeticException if the product does not fit in a long of minor units
     */
    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    /**
     * Multiplies by a decimal factor, e.g. a duty rate of {@code 0.15}, rounding to a minor unit.
     *
     * @param factor   the factor
     * @param rounding how to round the result to a minor unit
     * @return the product in the same currency
     * @throws ArithmeticException if the product does not fit in a long of minor units, or if
     *                             {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor must not be null");
        Objects.requireNonNull(rounding, "rounding must not be null");
        return new Money(BigDecimal.valueOf(minorUnits).multiply(factor).setScale(0, rounding).longValueExact(), currency);
    }

    /**
     * A percentage of this amount, e.g. {@code percent(new BigDecimal("9.1"), HALF_UP)} for 9.1%.
     *
     * @param percent  the percentage
     * @param rounding how to round the result to a minor unit
     * @return the share in the same currency
     */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        Objects.requireNonNull(percent, "percent must not be null");
        return times(percent.movePointLeft(2), rounding);
    }

    /**
     * Whether this is below zero.
     *
     * @return true for a negative amount
     */
    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * Whether this is zero.
     *
     * @return true for zero minor units
     */
    public boolean isZero() {
        return minorUnits == 0;
    }

    /**
     * Whether this is strictly greater than other money of the same currency.
     *
     * @param other money in the same currency
     * @return true if greater
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Compares money of the same currency.
     *
     * @param other money in the same currency
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other money must not be null");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency + ": convert with an ExchangeRate first");
        }
    }

    /** Formats as {@code 12.50 EUR}. */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency;
    }
}
