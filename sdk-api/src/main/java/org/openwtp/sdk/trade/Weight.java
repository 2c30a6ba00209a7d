package org.openwtp.sdk.trade;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight in whole grams.
 *
 * @param grams zero or more grams
 */
public record Weight(long grams) implements Comparable<Weight> {

    /**
     * Validates that the weight is not negative.
     *
     * @param grams zero or more grams
     */
    public Weight {
        if (grams < 0) {
            throw new IllegalArgumentException("weight must be zero or more grams, was " + grams);
        }
    }

    /**
     * A weight in grams.
     *
     * @param grams grams
     * @return the weight
     */
    public static Weight ofGrams(long grams) {
        return new Weight(grams);
    }

    /**
     * A weight in kilograms, e.g. {@code ofKilograms("1.25")}; fractions of a gram are refused.
     *
     * @param kilograms a decimal number of kilograms
     * @return the weight
     */
    public static Weight ofKilograms(String kilograms) {
        Objects.requireNonNull(kilograms, "kilograms must not be null");
        try {
            return new Weight(new BigDecimal(kilograms).movePointRight(3).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("weight '" + kilograms + "' kg is not accepted: use a decimal with at most 3 places", e);
        }
    }

    /**
     * The weight in kilograms.
     *
     * @return grams / 1000 with three decimals
     */
    public BigDecimal kilograms() {
        return BigDecimal.valueOf(grams, 3);
    }

    /**
     * The sum of two weights.
     *
     * @param other another weight
     * @return the sum
     */
    public Weight plus(Weight other) {
        return new Weight(Math.addExact(grams, other.grams));
    }

    /**
     * The larger of two weights.
     *
     * @param other another weight
     * @return the heavier
     */
    public Weight max(Weight other) {
        return grams >= other.grams ? this : other;
    }

    @Override
    public int compareTo(Weight other) {
        return Long.compare(grams, other.grams);
    }

    @Override
    public String toString() {
        return kilograms().toPlainString() + " kg";
    }
}
