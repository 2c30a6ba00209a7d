package org.openwtp.plugins.support.carrier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;

/**
 * Shipments in the tenant's key-value store, with atomic, idempotent writes.
 *
 * <ul>
 *   <li>{@code shipment/<trackingNumber>}: the {@link ShipmentRecord};</li>
 *   <li>{@code booking/<sha256(idempotency key)>}: the tracking number booked under that key;</li>
 *   <li>{@code cancel/<sha256(idempotency key)>}: the outcome of the cancellation made under that key.</li>
 * </ul>
 *
 * <p>Idempotency keys are hashed because a key may be 255 characters and store keys at most 200.
 * Thread-safe: every change is a {@code putIfAbsent} or a {@code compareAndSet} loop on the store, which
 * the SDK makes atomic.
 */
public final class ShipmentLedger {

    private static final int MAX_ATTEMPTS = 50;

    private final KeyValueStore store;

    /** @param store the tenant's key-value store of the carrier plugin */
    public ShipmentLedger(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The shipment with a tracking number. */
    public Optional<ShipmentRecord> find(String trackingNumber) {
        return store.get("shipment/" + trackingNumber).map(ShipmentRecord::fromText);
    }

    /** The shipment booked earlier under an idempotency key. */
    public Optional<ShipmentRecord> bookedUnder(IdempotencyKey key) {
        return store.get("booking/" + sha256(key.value())).flatMap(this::find);
    }

    /**
     * Books a shipment under an idempotency key: reserves a fresh tracking number, stores the record,
     * then claims the key. If another call claimed the key first, its booking is returned and this one's
     * reservation is released, so one key never yields two tracking numbers.
     *
     * @param key                the idempotency key
     * @param nextTrackingNumber a source of candidate tracking numbers
     * @param build              the record for a tracking number
     * @return the record now held under the key
     */
    public ShipmentRecord book(IdempotencyKey key, Supplier<String> nextTrackingNumber, Function<String, ShipmentRecord> build) {
        ShipmentRecord mine = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && mine == null; attempt++) {
            ShipmentRecord candidate = build.apply(nextTrackingNumber.get());
            if (store.putIfAbsent("shipment/" + candidate.trackingNumber(), candidate.toText())) {
                mine = candidate;
            }
        }
        if (mine == null) {
            throw new IllegalStateException("could not find a free tracking number after " + MAX_ATTEMPTS + " attempts");
        }
        if (store.putIfAbsent("booking/" + sha256(key.value()), mine.trackingNumber())) {
            return mine;
        }
        store.delete("shipment/" + mine.trackingNumber());
        return bookedUnder(key).orElseThrow(() -> new IllegalStateException("booking under an idempotency key vanished"));
    }

    /**
     * Changes a shipment atomically.
     *
     * @param trackingNumber the shipment
     * @param change         the change; returning the same record means nothing changes
     * @return the shipment after the change, or empty if unknown
     */
    public Optional<ShipmentRecord> update(String trackingNumber, UnaryOperator<ShipmentRecord> change) {
        String key = "shipment/" + trackingNumber;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<String> current = store.get(key);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            ShipmentRecord before = ShipmentRecord.fromText(current.get());
            ShipmentRecord after = change.apply(before);
            if (after.equals(before)) {
                return Optional.of(before);
            }
            if (store.compareAndSet(key, current.get(), after.toText())) {
                return Optional.of(after);
            }
        }
        throw new IllegalStateException("shipment " + trackingNumber + " kept changing under concurrent updates");
    }

    /**
     * The outcome of a cancellation under an idempotency key, computing and storing it the first time.
     *
     * @param key            the idempotency key
     * @param trackingNumber the shipment
     * @param cancel         performs the cancellation
     * @return the outcome recorded for the key
     */
    CancelResult cancelOnce(IdempotencyKey key, String trackingNumber, Supplier<CancelResult> cancel) {
        String storeKey = "cancel/" + sha256(key.value());
        Optional<String> earlier = store.get(storeKey);
        if (earlier.isEmpty()) {
            CancelResult outcome = cancel.get();
            Map<String, String> m = new HashMap<>();
            m.put("trackingNumber", trackingNumber);
            m.put("cancelled", Boolean.toString(outcome.cancelled()));
            outcome.reason().ifPresent(r -> {
                m.put("reason.code", r.code());
                m.put("reason.message", r.message());
            });
            if (store.putIfAbsent(storeKey, KeyValueText.write(m))) {
                return outcome;
            }
            earlier = store.get(storeKey);
        }
        Map<String, String> m = KeyValueText.read(earlier.orElseThrow());
        if (!trackingNumber.equals(m.get("trackingNumber"))) {
            return CancelResult.refused(Reason.of("IDEMPOTENCY_KEY_REUSED",
                    "this idempotency key already cancelled shipment " + m.get("trackingNumber") + "; use a new key for " + trackingNumber));
        }
        return Boolean.parseBoolean(m.get("cancelled")) ? CancelResult.done()
                : CancelResult.refused(Reason.of(m.get("reason.code"), m.get("reason.message")));
    }

    /** Lower-case hex SHA-256 of UTF-8 text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
