package org.openwtp.core.commerce.quote.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openwtp.core.commerce.quote.QuotedItem;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/**
 * Packs the units of a quote into parcels with one simple, predictable rule (documented in docs/commerce.md):
 *
 * <ol>
 *   <li>Every unit is turned so its longest side is its length and its shortest its height.</li>
 *   <li>Units are stacked, in the order of the items, into the current parcel: the parcel's length and width
 *       are the largest of its units', its height the sum of their heights, its weight the sum of theirs.</li>
 *   <li>A unit that would take the parcel over the maximum weight or the maximum stack height starts a new
 *       parcel; a unit that alone exceeds a limit travels alone (the carrier then decides whether it can take it).</li>
 * </ol>
 *
 * No packaging weight is added: unit weights and dimensions are the seller's packed values. Stateless, thread-safe.
 */
public final class ParcelPacker {

    private final long maxGrams;
    private final int maxStackMm;

    /**
     * A packer.
     *
     * @param maxParcelWeight heaviest parcel
     * @param maxStackMm      tallest stack
     */
    public ParcelPacker(Weight maxParcelWeight, int maxStackMm) {
        this.maxGrams = maxParcelWeight.grams();
        this.maxStackMm = maxStackMm;
    }

    /**
     * Packs items.
     *
     * @param items the lines
     * @return one or more parcels
     */
    public List<Parcel> pack(List<QuotedItem> items) {
        List<Parcel> parcels = new ArrayList<>();
        long grams = 0;
        int length = 0;
        int width = 0;
        int height = 0;
        int units = 0;
        for (QuotedItem item : items) {
            int[] sides = {item.dimensions().lengthMm(), item.dimensions().widthMm(), item.dimensions().heightMm()};
            Arrays.sort(sides);
            for (int i = 0; i < item.quantity(); i++) {
                long unitGrams = item.unitWeight().grams();
                if (units > 0 && (grams + unitGrams > maxGrams || height + sides[0] > maxStackMm)) {
                    parcels.add(parcel(grams, length, width, height));
                    grams = 0;
                    length = 0;
                    width = 0;
                    height = 0;
                    units = 0;
                }
                grams += unitGrams;
                length = Math.max(length, sides[2]);
                width = Math.max(width, sides[1]);
                height += sides[0];
                units++;
            }
        }
        if (units > 0) {
            parcels.add(parcel(grams, length, width, height));
        }
        return List.copyOf(parcels);
    }

    private static Parcel parcel(long grams, int length, int width, int height) {
        return new Parcel(Weight.ofGrams(Math.max(1, grams)), new Dimensions(length, width, Math.min(height, 10_000)));
    }
}
