package org.openwtp.sdk.payment;

import java.util.Objects;
import org.openwtp.sdk.money.Money;

/**
 * A payment as the provider sees it now, for reconciliation after an UNKNOWN or PENDING outcome.
 *
 * @param providerReference the provider's reference
 * @param state             where it stands
 * @param authorized        the amount authorised
 * @param captured          the amount captured so far
 * @param refunded          the amount refunded so far, never more than captured
 */
public record PaymentSnapshot(String providerReference, PaymentState state, Money authorized, Money captured, Money refunded) {

    /**
     * Validates the snapshot.
     *
     * @param providerReference the provider's reference
     * @param state             where it stands
     * @param authorized        the amount authorised
     * @param captured          the amount captured so far
     * @param refunded          the amount refunded so far, never more than captured
     */
    public PaymentSnapshot {
        Objects.requireNonNull(providerReference, "provider reference must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(authorized, "authorized must not be null");
        Objects.requireNonNull(captured, "captured must not be null");
        Objects.requireNonNull(refunded, "refunded must not be null");
        if (captured.isGreaterThan(authorized)) {
            throw new IllegalArgumentException("captured " + captured + " exceeds authorized " + authorized);
        }
        if (refunded.isGreaterThan(captured)) {
            throw new IllegalArgumentException("refunded " + refunded + " exceeds captured " + captured);
        }
    }
}
