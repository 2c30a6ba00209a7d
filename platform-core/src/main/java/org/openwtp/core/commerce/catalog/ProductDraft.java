package org.openwtp.core.commerce.catalog;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * What a seller sends to list a product (and, merged with a patch, to change one).
 *
 * @param title        1 to 200 characters, not blank
 * @param description  up to 5000 characters
 * @param hsCode       commodity code
 * @param origin       country of origin
 * @param price        unit price, more than zero
 * @param unitWeight   net weight of one unit, 1 g to 1000 kg
 * @param dimensions   packed size of one unit
 * @param stock        0 to 1,000,000 units
 * @param certificates certificate names, each 1 to 100 characters, at most 20
 */
public record ProductDraft(String title, String description, HsCode hsCode, CountryCode origin, Money price, Weight unitWeight,
                           Dimensions dimensions, int stock, List<String> certificates) {

    /** Most units a product can hold in stock. */
    public static final int MAX_STOCK = 1_000_000;

    /** Validates; messages name the field and what is accepted. */
    public ProductDraft {
        Objects.requireNonNull(title, "title is required");
        if (title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("title must be 1 to 200 characters, not blank");
        }
        title = title.strip();
        description = description == null ? "" : description.strip();
        if (description.length() > 5000) {
            throw new IllegalArgumentException("description must be at most 5000 characters");
        }
        Objects.requireNonNull(hsCode, "hsCode is required");
        Objects.requireNonNull(origin, "origin is required");
        Objects.requireNonNull(price, "price is required");
        if (price.minorUnits() <= 0) {
            throw new IllegalArgumentException("price must be more than zero, was " + price);
        }
        Objects.requireNonNull(unitWeight, "unitWeight is required");
        if (unitWeight.grams() < 1 || unitWeight.grams() > 1_000_000) {
            throw new IllegalArgumentException("unit weight must be 1 g to 1000 kg, was " + unitWeight);
        }
        Objects.requireNonNull(dimensions, "dimensions are required");
        if (stock < 0 || stock > MAX_STOCK) {
            throw new IllegalArgumentException("stock must be 0 to " + MAX_STOCK + ", was " + stock);
        }
        certificates = certificates(certificates);
    }

    static List<String> certificates(List<String> certificates) {
        List<String> list = certificates == null ? List.of() : List.copyOf(certificates);
        if (list.size() > 20) {
            throw new IllegalArgumentException("at most 20 certificates, got " + list.size());
        }
        for (String c : list) {
            if (c.isBlank() || c.length() > 100) {
                throw new IllegalArgumentException("a certificate name must be 1 to 100 characters, not blank");
            }
        }
        return list.stream().map(String::strip).distinct().toList();
    }
}
