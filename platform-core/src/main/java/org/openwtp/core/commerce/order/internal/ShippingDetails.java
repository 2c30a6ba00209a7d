package org.openwtp.core.commerce.order.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.ShipmentCategory;

/**
 * What the shipment needs later, copied from the quote when the order is placed (the quote may expire
 * before the seller ships): stored as JSON in {@code orders.shipping_details}.
 *
 * @param from     the seller's dispatch address
 * @param to       the buyer's address
 * @param parcels  the parcels
 * @param contents the customs items
 * @param category the customs category
 */
public record ShippingDetails(Address from, Address to, List<Parcel> parcels, List<CustomsItem> contents, ShipmentCategory category) {

    /** SDK records by their components only (fields), never by their derived accessors. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** @return the JSON text */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode shipping details", e);
        }
    }

    /**
     * @param json stored text
     * @return the details
     */
    public static ShippingDetails fromJson(String json) {
        try {
            return JSON.readValue(json, ShippingDetails.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable shipping details: " + e.getMessage(), e);
        }
    }
}
