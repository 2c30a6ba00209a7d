package org.openwtp.sdk.trade;

import java.util.Objects;

/**
 * One physical package: what it weighs and how big it is.
 *
 * @param actualWeight the weight on the scale, more than zero
 * @param dimensions   the outer size
 */
public record Parcel(Weight actualWeight, Dimensions dimensions) {

    /**
     * Validates the parcel.
     *
     * @param actualWeight the weight on the scale, more than zero
     * @param dimensions   the outer size
     */
    public Parcel {
        Objects.requireNonNull(actualWeight, "actual weight must not be null");
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        if (actualWeight.grams() == 0) {
            throw new IllegalArgumentException("a parcel must weigh more than 0 g");
        }
    }

    /**
     * The volumetric (dimensional) weight: volume in cm³ divided by a divisor in cm³/kg, rounded up to
     * the gram. Express couriers commonly use 5000, posts and air cargo 6000.
     *
     * @param divisorCm3PerKg the carrier's divisor, 1000 to 10000
     * @return the volumetric weight
     */
    public Weight volumetricWeight(int divisorCm3PerKg) {
        if (divisorCm3PerKg < 1000 || divisorCm3PerKg > 10_000) {
            throw new IllegalArgumentException("volumetric divisor must be 1000 to 10000 cm3/kg, was " + divisorCm3PerKg);
        }
        long volumeCm3 = dimensions.volumeCm3();
        long grams = (volumeCm3 * 1000 + divisorCm3PerKg - 1) / divisorCm3PerKg;
        return Weight.ofGrams(grams);
    }

    /**
     * The weight a carrier charges for: the larger of actual and volumetric weight.
     *
     * @param divisorCm3PerKg the carrier's divisor
     * @return the chargeable weight
     */
    public Weight chargeableWeight(int divisorCm3PerKg) {
        return actualWeight.max(volumetricWeight(divisorCm3PerKg));
    }
}
