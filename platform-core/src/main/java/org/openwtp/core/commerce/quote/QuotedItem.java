package org.openwtp.core.commerce.quote;

import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * A product line as it was when quoted (price and weight are frozen into the quote).
 *
 * @param productId  the product
 * @param title      its title
 * @param hsCode     its HS code
 * @param origin     its country of origin
 * @param quantity   units
 * @param unitPrice  price of one unit, in the seller's currency
 * @param unitWeight weight of one unit
 * @param dimensions size of one unit
 */
public record QuotedItem(String productId, String title, HsCode hsCode, CountryCode origin, int quantity, Money unitPrice,
                         Weight unitWeight, Dimensions dimensions) {

    /** Validates. */
    public QuotedItem {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(unitWeight, "unitWeight");
        Objects.requireNonNull(dimensions, "dimensions");
    }

    /** @return unit price × quantity */
    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
