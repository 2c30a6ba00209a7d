package org.openwtp.plugins.support.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.payment.TransactionType;

/**
 * One operation recorded on a payment, with the outcome replayed to a caller that repeats it.
 *
 * @param type     the operation
 * @param status   its recorded outcome
 * @param amount   the amount in minor units of the payment's currency
 * @param keyHash  the SHA-256 of the idempotency key it was made with
 * @param reason   why it did not succeed, empty on success
 * @param at       when it was recorded
 */
public record Txn(TransactionType type, TransactionStatus status, long amount, String keyHash, Optional<Reason> reason, Instant at) {

    /** @return the stored form, one {@link StateCodec} list */
    public String encode() {
        return StateCodec.joinList(List.of(type.name(), status.name(), Long.toString(amount), keyHash,
                reason.map(Reason::code).orElse(""), reason.map(Reason::message).orElse(""), Long.toString(at.toEpochMilli())));
    }

    /**
     * Reads the stored form.
     *
     * @param text what {@link #encode()} wrote
     * @return the transaction
     * @throws IllegalStateException if the text is not a stored transaction
     */
    public static Txn decode(String text) {
        List<String> p = StateCodec.splitList(text);
        if (p.size() != 7) {
            throw new IllegalStateException("stored payment state is corrupt: a transaction has " + p.size() + " parts");
        }
        Optional<Reason> reason = p.get(4).isEmpty() ? Optional.empty() : Optional.of(Reason.of(p.get(4), p.get(5)));
        return new Txn(TransactionType.valueOf(p.get(0)), TransactionStatus.valueOf(p.get(1)), Long.parseLong(p.get(2)), p.get(3),
                reason, Instant.ofEpochMilli(Long.parseLong(p.get(6))));
    }
}
