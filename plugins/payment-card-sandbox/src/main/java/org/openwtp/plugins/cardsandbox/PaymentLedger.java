package org.openwtp.plugins.cardsandbox;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.openwtp.plugins.support.payment.Txn;
import org.openwtp.sdk.context.KeyValueStore;

/**
 * The sandbox's payments in a tenant's key-value store. Keys:
 * <ul>
 *   <li>{@code pay:<reference>}: a {@link PaymentRecord};</li>
 *   <li>{@code idem:<sha256(idempotency key)>}: the fingerprint of the request the key was first used for.</li>
 * </ul>
 * Every change is a compare-and-set of the whole record, retried on contention, so concurrent captures
 * and refunds of one payment are serialised and never exceed its limits. The outcome of each operation is
 * recorded in the record under the hash of its idempotency key in the same write, so an operation is
 * applied at most once even when the same key races itself. Thread-safe.
 */
final class PaymentLedger {

    /** Beyond this many operations a payment refuses more, which keeps a record far below the store's 64 KiB. */
    static final int MAX_OPERATIONS = 100;

    private static final int MAX_ATTEMPTS = 1000;

    private final KeyValueStore store;

    PaymentLedger(KeyValueStore store) {
        this.store = store;
    }

    /** What a decision does to a payment: the record to write (with the operation appended), or nothing. */
    record Decision(PaymentRecord next, Txn txn, boolean persist) {

        static Decision apply(PaymentRecord next, Txn txn) {
            return new Decision(next.plus(txn), txn, true);
        }

        static Decision refuse(PaymentRecord current, Txn txn) {
            return new Decision(current, txn, false);
        }
    }

    /** The operation's outcome and whether this call recorded it ({@code written}) rather than replayed or refused it. */
    record Outcome(PaymentRecord record, Txn txn, boolean written) {
    }

    /**
     * Remembers which request an idempotency key was first used for.
     *
     * @param keyHash     the hash of the key
     * @param fingerprint the hash of the request
     * @return true if the key is new or was used for the same request; false if it was used for another
     */
    boolean claim(String keyHash, String fingerprint) {
        String key = "idem:" + keyHash;
        return store.putIfAbsent(key, fingerprint) || store.get(key).map(fingerprint::equals).orElse(false);
    }

    /**
     * A payment as it stands at an instant.
     *
     * @param reference the provider reference
     * @param now       the instant
     * @return the record, or empty if unknown
     */
    Optional<PaymentRecord> find(String reference, Instant now) {
        return store.get(key(reference)).map(PaymentRecord::decode).map(r -> r.at(now));
    }

    /**
     * Creates a payment, or replays the operation of an earlier call.
     *
     * @param fresh     the new record, its authorization the last transaction
     * @param keyHash   the hash of the idempotency key
     * @param now       the instant
     * @param onExisting what to do when a payment with the reference exists and did not see this key
     * @return the outcome
     */
    Outcome create(PaymentRecord fresh, String keyHash, Instant now, Function<PaymentRecord, Decision> onExisting) {
        String key = key(fresh.reference());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<String> raw = store.get(key);
            if (raw.isEmpty()) {
                if (store.putIfAbsent(key, fresh.encode())) {
                    return new Outcome(fresh, fresh.txns().get(fresh.txns().size() - 1), true);
                }
                continue;
            }
            PaymentRecord current = PaymentRecord.decode(raw.get()).at(now);
            Optional<Txn> prior = current.txn(keyHash);
            if (prior.isPresent()) {
                return new Outcome(current, prior.get(), false);
            }
            Decision decision = onExisting.apply(current);
            if (!decision.persist()) {
                return new Outcome(current, decision.txn(), false);
            }
            if (store.compareAndSet(key, raw.get(), decision.next().encode())) {
                return new Outcome(decision.next(), decision.txn(), true);
            }
        }
        throw new IllegalStateException("payment " + fresh.reference() + " is changing too fast to authorize; retry with the same idempotency key");
    }

    /**
     * Applies an operation to a payment exactly once per idempotency key.
     *
     * @param reference the provider reference
     * @param keyHash   the hash of the idempotency key
     * @param now       the instant
     * @param decide    the rules: from the current record to a decision
     * @return the outcome, or empty if there is no such payment
     */
    Optional<Outcome> update(String reference, String keyHash, Instant now, Function<PaymentRecord, Decision> decide) {
        String key = key(reference);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<String> raw = store.get(key);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            PaymentRecord current = PaymentRecord.decode(raw.get()).at(now);
            Optional<Txn> prior = current.txn(keyHash);
            if (prior.isPresent()) {
                return Optional.of(new Outcome(current, prior.get(), false));
            }
            Decision decision = decide.apply(current);
            if (!decision.persist()) {
                return Optional.of(new Outcome(current, decision.txn(), false));
            }
            if (store.compareAndSet(key, raw.get(), decision.next().encode())) {
                return Optional.of(new Outcome(decision.next(), decision.txn(), true));
            }
        }
        throw new IllegalStateException("payment " + reference + " is changing too fast; retry with the same idempotency key");
    }

    private static String key(String reference) {
        return "pay:" + reference;
    }
}
