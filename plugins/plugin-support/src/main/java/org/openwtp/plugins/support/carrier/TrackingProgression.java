package org.openwtp.plugins.support.carrier;

import java.util.List;
import org.openwtp.sdk.carrier.TrackingStatus;

/**
 * The forward-only rule for tracking events. A shipment moves along
 * {@code LABEL_CREATED → PICKED_UP → IN_TRANSIT → CUSTOMS → OUT_FOR_DELIVERY → DELIVERED}; an event that
 * would move it back (a late {@code IN_TRANSIT} after {@code OUT_FOR_DELIVERY}), repeat the current
 * status (a duplicate delivery of the same webhook), or follow a final status is ignored.
 *
 * <p>Side paths: {@code EXCEPTION} may happen at any non-final stage, and the shipment may then
 * resume at the stage it had reached or further; {@code RETURNED} needs the shipment to have been picked
 * up; {@code CANCELLED} is only possible before pick-up. Stateless and thread-safe.
 */
final class TrackingProgression {

    /** The main line, in order. */
    private static final List<TrackingStatus> MAIN_LINE = List.of(TrackingStatus.LABEL_CREATED, TrackingStatus.PICKED_UP,
            TrackingStatus.IN_TRANSIT, TrackingStatus.CUSTOMS, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);

    private TrackingProgression() {
    }

    /**
     * Whether an event may be applied.
     *
     * @param current  the shipment's latest status
     * @param furthest the furthest main-line status it has reached (never EXCEPTION)
     * @param next     the status the event reports
     * @return true if the event moves the shipment forward
     */
    static boolean accepts(TrackingStatus current, TrackingStatus furthest, TrackingStatus next) {
        if (current.isFinal() || next == current) {
            return false;
        }
        return switch (next) {
            case EXCEPTION -> true;
            case RETURNED -> rank(furthest) >= rank(TrackingStatus.PICKED_UP);
            case CANCELLED -> furthest == TrackingStatus.LABEL_CREATED;
            case LABEL_CREATED -> false;
            default -> current == TrackingStatus.EXCEPTION ? rank(next) >= rank(furthest) : rank(next) > rank(furthest);
        };
    }

    /**
     * The furthest main-line status after an accepted event.
     *
     * @param furthest the furthest status before
     * @param next     the accepted status
     * @return the furthest status after
     */
    static TrackingStatus furthestAfter(TrackingStatus furthest, TrackingStatus next) {
        return MAIN_LINE.contains(next) && rank(next) > rank(furthest) ? next : furthest;
    }

    private static int rank(TrackingStatus status) {
        return MAIN_LINE.indexOf(status);
    }
}
