package org.openwtp.sdk.trade;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.money.Money;

/**
 * A customs declaration as attached to a shipment.
 *
 * @param form       CN22, CN23 or a commercial invoice
 * @param category   why the goods travel
 * @param items      one or more lines, all valued in the same currency
 * @param totalValue the sum of the lines' values
 * @param totalWeight the sum of the lines' net weights
 */
public record CustomsDeclaration(CustomsForm form, ShipmentCategory category, List<CustomsItem> items,
                                 Money totalValue, Weight totalWeight) {

    /**
     * Validates the declaration and that the totals match the lines.
     *
     * @param form        CN22, CN23 or a commercial invoice
     * @param category    why the goods travel
     * @param items       one or more lines, all valued in the same currency
     * @param totalValue  the sum of the lines' values
     * @param totalWeight the sum of the lines' net weights
     */
    public CustomsDeclaration {
        Objects.requireNonNull(form, "form must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(items, "items must not be null");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a customs declaration needs at least one item");
        }
        items = List.copyOf(items);
        Objects.requireNonNull(totalValue, "total value must not be null");
        Objects.requireNonNull(totalWeight, "total weight must not be null");
        Money sum = Money.zero(totalValue.currency());
        Weight weight = Weight.ofGrams(0);
        for (CustomsItem item : items) {
            sum = sum.plus(item.totalValue());
            weight = weight.plus(item.totalWeight());
        }
        if (!sum.equals(totalValue)) {
            throw new IllegalArgumentException("total value " + totalValue + " does not match the items' sum " + sum);
        }
        if (!weight.equals(totalWeight)) {
            throw new IllegalArgumentException("total weight " + totalWeight + " does not match the items' sum " + weight);
        }
    }

    /**
     * A declaration whose totals are computed from its lines.
     *
     * @param form     the form
     * @param category the category
     * @param items    the lines
     * @return the declaration
     */
    public static CustomsDeclaration of(CustomsForm form, ShipmentCategory category, List<CustomsItem> items) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("a customs declaration needs at least one item");
        }
        Money sum = Money.zero(items.get(0).unitValue().currency());
        Weight weight = Weight.ofGrams(0);
        for (CustomsItem item : items) {
            sum = sum.plus(item.totalValue());
            weight = weight.plus(item.totalWeight());
        }
        return new CustomsDeclaration(form, category, items, sum, weight);
    }
}
