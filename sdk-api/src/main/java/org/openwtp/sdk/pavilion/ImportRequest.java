package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;

/**
 * Goods arriving in the pavilion's country, for a duty and import tax assessment. The core converts
 * every amount into the pavilion's currency before it asks, so thresholds compare like with like.
 *
 * @param origin        the country the parcel ships from
 * @param destination   the buyer's country (the pavilion's)
 * @param buyerId       a stable reference for the buyer, for per-person limits; empty if anonymous
 * @param items         the goods, valued in {@code currency}
 * @param shipping      the shipping charge, in {@code currency}
 * @param insurance     insurance, in {@code currency}; zero if none
 * @param grossWeight   the parcel's gross weight
 * @param incoterm      who pays duties
 * @param currency      the currency of every amount, the pavilion's
 */
public record ImportRequest(CountryCode origin, CountryCode destination, String buyerId, List<CustomsItem> items,
                            Money shipping, Money insurance, Weight grossWeight, Incoterm incoterm, CurrencyCode currency) {

    /**
     * Validates the request and that every amount is in {@code currency}.
     *
     * @param origin      the country the parcel ships from
     * @param destination the buyer's country (the pavilion's)
     * @param buyerId     a stable reference for the buyer, for per-person limits; empty if anonymous
     * @param items       the goods, valued in {@code currency}
     * @param shipping    the shipping charge, in {@code currency}
     * @param insurance   insurance, in {@code currency}; zero if none
     * @param grossWeight the parcel's gross weight
     * @param incoterm    who pays duties
     * @param currency    the currency of every amount, the pavilion's
     */
    public ImportRequest {
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(destination, "destination must not be null");
        buyerId = buyerId == null ? "" : buyerId;
        Objects.requireNonNull(items, "items must not be null");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an import assessment needs at least one item");
        }
        items = List.copyOf(items);
        Objects.requireNonNull(shipping, "shipping must not be null");
        Objects.requireNonNull(insurance, "insurance must not be null");
        Objects.requireNonNull(grossWeight, "gross weight must not be null");
        Objects.requireNonNull(incoterm, "incoterm must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        for (CustomsItem item : items) {
            requireCurrency(item.unitValue(), currency, "item '" + item.description() + "'");
        }
        requireCurrency(shipping, currency, "shipping");
        requireCurrency(insurance, currency, "insurance");
    }

    /**
     * The value of the goods alone.
     *
     * @return the sum of the items' values
     */
    public Money goodsValue() {
        Money sum = Money.zero(currency);
        for (CustomsItem item : items) {
            sum = sum.plus(item.totalValue());
        }
        return sum;
    }

    private static void requireCurrency(Money money, CurrencyCode currency, String what) {
        if (!money.currency().equals(currency)) {
            throw new IllegalArgumentException(what + " is in " + money.currency() + " but the assessment is in " + currency);
        }
    }
}
