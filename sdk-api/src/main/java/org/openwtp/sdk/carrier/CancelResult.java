package org.openwtp.sdk.carrier;

import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.Reason;

/**
 * The outcome of cancelling a shipment.
 *
 * @param cancelled whether it is cancelled (also true if it already was)
 * @param reason    why it could not be, e.g. {@code ALREADY_IN_TRANSIT}
 */
public record CancelResult(boolean cancelled, Optional<Reason> reason) {

    /**
     * Validates the result.
     *
     * @param cancelled whether it is cancelled (also true if it already was)
     * @param reason    why it could not be, e.g. {@code ALREADY_IN_TRANSIT}
     */
    public CancelResult {
        Objects.requireNonNull(reason, "reason must not be null");
        if (!cancelled && reason.isEmpty()) {
            throw new IllegalArgumentException("a refused cancellation needs a reason");
        }
    }

    /**
     * Cancelled.
     *
     * @return the result
     */
    public static CancelResult done() {
        return new CancelResult(true, Optional.empty());
    }

    /**
     * Not cancelled.
     *
     * @param reason why
     * @return the result
     */
    public static CancelResult refused(Reason reason) {
        return new CancelResult(false, Optional.of(reason));
    }
}
