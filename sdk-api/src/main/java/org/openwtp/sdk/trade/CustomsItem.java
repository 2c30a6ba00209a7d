package org.openwtp.sdk.trade;

import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;

/**
 * One line of a customs declaration or an import assessment.
 *
 * @param description plain description of the goods ("natural buckwheat honey"), at most 200 characters
 * @param hsCode      the commodity code
 * @param origin      country of origin
 * @param quantity    number of units, one or more
 * @param unitValue   value of one unit
 * @param unitWeight  net weight of one unit
 */
public record CustomsItem(String description, HsCode hsCode, CountryCode origin, int quantity, Money unitValue, Weight unitWeight) {

    /**
     * Validates the line.
     *
     * @param description plain description of the goods ("natural buckwheat honey"), at most 200 characters
     * @param hsCode      the commodity code
     * @param origin      country of origin
     * @param quantity    number of units, one or more
     * @param unitValue   value of one unit
     * @param unitWeight  net weight of one unit
     */
    public CustomsItem {
        Objects.requireNonNull(description, "description must not be null");
        if (description.isBlank() || description.length() > 200) {
            throw new IllegalArgumentException("customs description must be 1 to 200 characters");
        }
        Objects.requireNonNull(hsCode, "HS code must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be 1 or more, was " + quantity);
        }
        Objects.requireNonNull(unitValue, "unit value must not be null");
        if (unitValue.isNegative()) {
            throw new IllegalArgumentException("unit value must not be negative, was " + unitValue);
        }
        Objects.requireNonNull(unitWeight, "unit weight must not be null");
    }

    /**
     * The value of the whole line.
     *
     * @return unit value × quantity
     */
    public Money totalValue() {
        return unitValue.times(quantity);
    }

    /**
     * The net weight of the whole line.
     *
     * @return unit weight × quantity
     */
    public Weight totalWeight() {
        return Weight.ofGrams(Math.multiplyExact(unitWeight.grams(), quantity));
    }
}
