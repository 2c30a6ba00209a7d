package org.openwtp.sdk.carrier;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.ShipmentCategory;

/**
 * Book a shipment with a service the carrier quoted.
 *
 * @param orderReference the core's order id
 * @param serviceCode    the service chosen
 * @param from           the sender
 * @param to             the recipient
 * @param parcels        the parcels
 * @param contents       the goods, for the customs declaration
 * @param category       why the goods travel
 */
public record ShipmentRequest(String orderReference, String serviceCode, Address from, Address to, List<Parcel> parcels,
                              List<CustomsItem> contents, ShipmentCategory category) {

    /**
     * Validates the request.
     *
     * @param orderReference the core's order id
     * @param serviceCode    the service chosen
     * @param from           the sender
     * @param to             the recipient
     * @param parcels        the parcels
     * @param contents       the goods, for the customs declaration
     * @param category       why the goods travel
     */
    public ShipmentRequest {
        Objects.requireNonNull(orderReference, "order reference must not be null");
        Objects.requireNonNull(serviceCode, "service code must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(parcels, "parcels must not be null");
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("a shipment needs at least one parcel");
        }
        parcels = List.copyOf(parcels);
        Objects.requireNonNull(contents, "contents must not be null");
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("a shipment needs at least one customs item");
        }
        contents = List.copyOf(contents);
        Objects.requireNonNull(category, "category must not be null");
    }
}
