package org.openwtp.sdk.payment;

import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.Money;

/**
 * The outcome of one payment operation. A decline is a result, not an exception.
 *
 * @param type              which operation
 * @param status            its outcome
 * @param providerReference the provider's reference for the payment (set whenever the provider assigned one)
 * @param amount            the amount the operation was for
 * @param reason            why it was declined, failed, pending or unknown; empty on success
 */
public record PaymentResult(TransactionType type, TransactionStatus status, String providerReference, Money amount,
                            Optional<Reason> reason) {

    /**
     * Validates the result.
     *
     * @param type              which operation
     * @param status            its outcome
     * @param providerReference the provider's reference for the payment (set whenever the provider assigned one)
     * @param amount            the amount the operation was for
     * @param reason            why it was declined, failed, pending or unknown; empty on success
     */
    public PaymentResult {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(providerReference, "provider reference must not be null (use an empty string if none)");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(reason, "reason must not be null (use Optional.empty())");
        if (status != TransactionStatus.SUCCEEDED && reason.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
        if (status == TransactionStatus.SUCCEEDED && reason.isPresent()) {
            throw new IllegalArgumentException("a SUCCEEDED result carries no reason, had " + reason.get().code());
        }
    }

    /**
     * A successful operation.
     *
     * @param type              the operation
     * @param providerReference the provider's reference
     * @param amount            the amount
     * @return the result
     */
    public static PaymentResult succeeded(TransactionType type, String providerReference, Money amount) {
        return new PaymentResult(type, TransactionStatus.SUCCEEDED, providerReference, amount, Optional.empty());
    }

    /**
     * A declined operation.
     *
     * @param type              the operation
     * @param providerReference the provider's reference, may be empty
     * @param amount            the amount
     * @param reason            why, e.g. {@code INSUFFICIENT_FUNDS}
     * @return the result
     */
    public static PaymentResult declined(TransactionType type, String providerReference, Money amount, Reason reason) {
        return new PaymentResult(type, TransactionStatus.DECLINED, providerReference, amount, Optional.of(reason));
    }

    /**
     * An operation with a non-final or unknown outcome, or a provider failure.
     *
     * @param type              the operation
     * @param status            PENDING, UNKNOWN or FAILED
     * @param providerReference the provider's reference, may be empty
     * @param amount            the amount
     * @param reason            what is known
     * @return the result
     */
    public static PaymentResult of(TransactionType type, TransactionStatus status, String providerReference, Money amount, Reason reason) {
        return new PaymentResult(type, status, providerReference, amount, Optional.of(reason));
    }

    /**
     * Whether the operation is known to have happened.
     *
     * @return true if SUCCEEDED
     */
    public boolean succeeded() {
        return status == TransactionStatus.SUCCEEDED;
    }
}
