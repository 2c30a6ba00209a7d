package org.openwtp.plugins.support.carrier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingStatus;

/**
 * The sandbox's own progression, used when a tenant sets {@code sandboxAutoAdvance}: a shipment that
 * takes at most {@code T} transit days is picked up after 10% of T, in transit after 25%, at customs after
 * 50%, out for delivery after 90% and delivered after 100%, measured from booking on the call context's
 * clock. Events are materialised when the shipment is tracked and pass the same forward-only rule as
 * webhook events. Stateless and thread-safe.
 */
final class SandboxSchedule {

    private static final TrackingStatus[] STEPS = {TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT, TrackingStatus.CUSTOMS,
        TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED};
    private static final int[] PERCENT = {10, 25, 50, 90, 100};
    private static final String[] TEXT = {"Accepted by the carrier (sandbox)", "Departed the office of exchange (sandbox)",
        "Presented to customs at destination (sandbox)", "Out for delivery (sandbox)", "Delivered to the recipient (sandbox)"};

    private SandboxSchedule() {
    }

    /**
     * The scheduled events due by a time.
     *
     * @param record the shipment
     * @param now    the time
     * @return the due events, oldest first
     */
    static List<TrackingEvent> due(ShipmentRecord record, Instant now) {
        Duration total = Duration.ofDays(Math.max(1, record.transitDaysMax()));
        List<TrackingEvent> due = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            Instant at = record.bookedAt().plus(total.multipliedBy(PERCENT[i]).dividedBy(100));
            if (!at.isAfter(now)) {
                due.add(new TrackingEvent(record.trackingNumber(), STEPS[i], at, "", TEXT[i]));
            }
        }
        return due;
    }
}
