package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;

/**
 * An order about to ship, for the list of documents it needs.
 *
 * @param orderReference the core's order id
 * @param origin         where it ships from
 * @param destination    where it goes
 * @param items          the goods
 * @param incoterm       who pays duties
 */
public record DocumentRequest(String orderReference, CountryCode origin, CountryCode destination, List<CustomsItem> items,
                              Incoterm incoterm) {

    /**
     * Validates the request.
     *
     * @param orderReference the core's order id
     * @param origin         where it ships from
     * @param destination    where it goes
     * @param items          the goods
     * @param incoterm       who pays duties
     */
    public DocumentRequest {
        Objects.requireNonNull(orderReference, "order reference must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(destination, "destination must not be null");
        Objects.requireNonNull(items, "items must not be null");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a document request needs at least one item");
        }
        items = List.copyOf(items);
        Objects.requireNonNull(incoterm, "incoterm must not be null");
    }
}
