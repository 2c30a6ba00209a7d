package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.HsCode;

/**
 * A product a seller wants to list for export, as the seller's pavilion checks it.
 *
 * @param title        product title
 * @param description  product description, may be empty
 * @param hsCode       commodity code
 * @param origin       country of origin
 * @param unitPrice    price of one unit
 * @param certificates names of certificates attached (e.g. {@code VETERINARY_CERTIFICATE}), may be empty
 */
public record ListingRequest(String title, String description, HsCode hsCode, CountryCode origin, Money unitPrice,
                             List<String> certificates) {

    /**
     * Validates the request.
     *
     * @param title        product title
     * @param description  product description, may be empty
     * @param hsCode       commodity code
     * @param origin       country of origin
     * @param unitPrice    price of one unit
     * @param certificates names of certificates attached (e.g. {@code VETERINARY_CERTIFICATE}), may be empty
     */
    public ListingRequest {
        Objects.requireNonNull(title, "title must not be null");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(hsCode, "HS code must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(unitPrice, "unit price must not be null");
        certificates = List.copyOf(Objects.requireNonNull(certificates, "certificates must not be null"));
    }
}
