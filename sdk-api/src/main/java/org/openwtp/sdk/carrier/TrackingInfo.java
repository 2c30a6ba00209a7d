package org.openwtp.sdk.carrier;

import java.util.List;
import java.util.Objects;

/**
 * A shipment's history.
 *
 * @param trackingNumber the shipment
 * @param status         the latest status
 * @param events         every event, oldest first
 */
public record TrackingInfo(String trackingNumber, TrackingStatus status, List<TrackingEvent> events) {

    /**
     * Validates the history.
     *
     * @param trackingNumber the shipment
     * @param status         the latest status
     * @param events         every event, oldest first
     */
    public TrackingInfo {
        Objects.requireNonNull(trackingNumber, "tracking number must not be null");
        Objects.requireNonNull(status, "status must not be null");
        events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
    }
}
