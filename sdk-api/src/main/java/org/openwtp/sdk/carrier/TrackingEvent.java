package org.openwtp.sdk.carrier;

import java.time.Instant;
import java.util.Objects;

/**
 * One scan or status change.
 *
 * @param trackingNumber the shipment
 * @param status         the status it moved to
 * @param occurredAt     when
 * @param location       where, may be empty
 * @param description    the carrier's text
 */
public record TrackingEvent(String trackingNumber, TrackingStatus status, Instant occurredAt, String location, String description) {

    /**
     * Validates the event.
     *
     * @param trackingNumber the shipment
     * @param status         the status it moved to
     * @param occurredAt     when
     * @param location       where, may be empty
     * @param description    the carrier's text
     */
    public TrackingEvent {
        Objects.requireNonNull(trackingNumber, "tracking number must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }
}
