package org.openwtp.core.commerce.quote;

import java.util.Objects;

/**
 * One line of a quote request.
 *
 * @param productId the product
 * @param quantity  units, 1 to 10,000
 */
public record QuoteItem(String productId, int quantity) {

    /** Most units of one product in one quote. */
    public static final int MAX_QUANTITY = 10_000;

    /** Validates. */
    public QuoteItem {
        Objects.requireNonNull(productId, "productId is required");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1 to " + MAX_QUANTITY + ", was " + quantity);
        }
    }
}
