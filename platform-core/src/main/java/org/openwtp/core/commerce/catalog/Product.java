package org.openwtp.core.commerce.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * A product a verified seller lists through its pavilion.
 *
 * @param id                   {@code prd_...}
 * @param tenant               the tenant
 * @param sellerId             the seller
 * @param pavilionId           the seller's pavilion, which checked the listing
 * @param title                1 to 200 characters
 * @param description          up to 5000 characters
 * @param hsCode               commodity code
 * @param origin               country of origin
 * @param price                unit price, in the pavilion's currency
 * @param unitWeight           net weight of one unit, more than 0 g
 * @param dimensions           packed size of one unit
 * @param stock                units available, 0 or more
 * @param certificates         certificates attached
 * @param status               published or waiting for certificates
 * @param requiredCertificates certificates the pavilion still needs
 * @param reasons              the pavilion's reasons for the current status
 * @param createdAt            when listed
 * @param updatedAt            when last changed
 * @param version              optimistic-locking counter
 */
public record Product(String id, TenantId tenant, String sellerId, String pavilionId, String title, String description,
                      HsCode hsCode, CountryCode origin, Money price, Weight unitWeight, Dimensions dimensions, int stock,
                      List<String> certificates, ProductStatus status, List<String> requiredCertificates,
                      List<Reason> reasons, Instant createdAt, Instant updatedAt, int version) {

    /** Validates and copies. */
    public Product {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(sellerId, "sellerId must not be null");
        Objects.requireNonNull(pavilionId, "pavilionId must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(hsCode, "hsCode must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(price, "price must not be null");
        Objects.requireNonNull(unitWeight, "unitWeight must not be null");
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(status, "status must not be null");
        requiredCertificates = List.copyOf(requiredCertificates);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    /** @return whether buyers can see and quote it */
    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }
}
