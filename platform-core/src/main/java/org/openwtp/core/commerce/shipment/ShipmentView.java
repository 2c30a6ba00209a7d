package org.openwtp.core.commerce.shipment;

import java.time.Instant;
import java.util.List;
import org.openwtp.core.commerce.MoneyView;

/**
 * A shipment as the API shows it.
 *
 * @param id             the shipment id
 * @param orderId        the order
 * @param carrier        the carrier plugin
 * @param serviceCode    its service
 * @param status         BOOKING, BOOKED, UNKNOWN, REFUSED, or the latest tracking status
 * @param trackingNumber empty until booked
 * @param labelFormat    PDF, ZPL, PNG or TEXT; empty until booked
 * @param labelBase64    the label file, base64; empty until booked
 * @param customsForm    CN22, CN23 or the carrier's form; empty until booked
 * @param charge         what the carrier charged, null until booked
 * @param reasons        why the carrier refused, if it did
 * @param events         tracking events, oldest first
 * @param createdAt      when the shipment was first asked for
 */
public record ShipmentView(String id, String orderId, String carrier, String serviceCode, String status, String trackingNumber,
                           String labelFormat, String labelBase64, String customsForm, MoneyView charge, List<String> reasons,
                           List<TrackingView> events, Instant createdAt) {

    /**
     * One tracking event.
     *
     * @param status      the carrier's status
     * @param occurredAt  when
     * @param location    where
     * @param description the carrier's text
     */
    public record TrackingView(String status, Instant occurredAt, String location, String description) {
    }
}
