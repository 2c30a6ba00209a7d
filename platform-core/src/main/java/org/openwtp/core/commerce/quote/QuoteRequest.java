package org.openwtp.core.commerce.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.CurrencyCode;

/**
 * A buyer's request for a landed-cost quote. Every item must come from one seller (one shipment).
 *
 * @param items          1 to 50 lines, each product at most once
 * @param shipTo         the buyer's address; its country picks the destination pavilion
 * @param buyerCurrency  the currency the buyer pays in
 * @param buyerReference a stable reference of the buyer for per-person import limits, may be empty
 */
public record QuoteRequest(List<QuoteItem> items, Address shipTo, CurrencyCode buyerCurrency, String buyerReference) {

    /** Most lines in one quote. */
    public static final int MAX_ITEMS = 50;

    /** Validates. */
    public QuoteRequest {
        Objects.requireNonNull(items, "items are required");
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a quote needs 1 to " + MAX_ITEMS + " items, got " + items.size());
        }
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (QuoteItem item : items) {
            if (!seen.add(item.productId())) {
                throw new IllegalArgumentException("product " + item.productId() + " appears twice; put the whole quantity on one line");
            }
        }
        Objects.requireNonNull(shipTo, "shipTo is required");
        Objects.requireNonNull(buyerCurrency, "buyerCurrency is required");
        buyerReference = buyerReference == null ? "" : buyerReference;
        if (buyerReference.length() > 100) {
            throw new IllegalArgumentException("buyerReference must be at most 100 characters");
        }
    }
}
