package org.openwtp.sdk.carrier;

/** Where a shipment is. */
public enum TrackingStatus {
    /** Booked, label printed. */
    LABEL_CREATED,
    /** The carrier has it. */
    PICKED_UP,
    /** Moving. */
    IN_TRANSIT,
    /** Held at customs. */
    CUSTOMS,
    /** On the last leg. */
    OUT_FOR_DELIVERY,
    /** Delivered to the recipient. */
    DELIVERED,
    /** A problem (address, refused, damaged). */
    EXCEPTION,
    /** On its way back to the sender. */
    RETURNED,
    /** Cancelled before pick-up. */
    CANCELLED;

    /**
     * Whether nothing more will happen.
     *
     * @return true for DELIVERED, RETURNED and CANCELLED
     */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED || this == CANCELLED;
    }
}
