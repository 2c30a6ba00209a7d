package org.openwtp.core.commerce.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * A change to a product's listing: absent fields stay as they are. Stock changes go through
 * {@link ProductService#adjustStock} instead, so concurrent adjustments never overwrite each other.
 *
 * @param title        new title
 * @param description  new description
 * @param hsCode       new HS code
 * @param origin       new origin
 * @param price        new unit price
 * @param unitWeight   new unit weight
 * @param dimensions   new unit size
 * @param certificates the full new list of certificates
 */
public record ProductPatch(Optional<String> title, Optional<String> description, Optional<HsCode> hsCode,
                           Optional<CountryCode> origin, Optional<Money> price, Optional<Weight> unitWeight,
                           Optional<Dimensions> dimensions, Optional<List<String>> certificates) {

    /** Validates that nothing is null. */
    public ProductPatch {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unitWeight, "unitWeight");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * The product's draft with this patch applied (validated again as a whole).
     *
     * @param current the product now
     * @return the new draft
     */
    public ProductDraft applyTo(Product current) {
        return new ProductDraft(title.orElse(current.title()), description.orElse(current.description()),
                hsCode.orElse(current.hsCode()), origin.orElse(current.origin()), price.orElse(current.price()),
                unitWeight.orElse(current.unitWeight()), dimensions.orElse(current.dimensions()), current.stock(),
                certificates.orElse(current.certificates()));
    }
}
