package org.openwtp.plugins.escrow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openwtp.plugins.support.payment.StateCodec;
import org.openwtp.plugins.support.payment.Txn;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.PaymentSnapshot;
import org.openwtp.sdk.payment.PaymentState;
import org.openwtp.sdk.payment.TransactionType;

/**
 * The escrow's state of one payment, as stored (text from {@link #encode()}) under {@code pay:<reference>}
 * in the tenant's key-value store. Immutable: every change makes a new record that the ledger writes with
 * compare-and-set. Amounts are minor units of {@link #currency()}. The release terms (dispute window,
 * inspection period) are fixed when the buyer pays in, so a later configuration change never alters a
 * running escrow.
 *
 * @param reference          the provider reference
 * @param paymentId          the core's payment id
 * @param orderReference     the core's order id
 * @param currency           the currency
 * @param phase              where the deposit stands
 * @param authorized         the amount the buyer paid into escrow (zero when DECLINED)
 * @param captured           the amount secured for the seller at shipment so far
 * @param refunded           the amount returned to the buyer so far
 * @param closed             whether no further capture is possible
 * @param createdAt          when the buyer paid in
 * @param disputeWindow      how long after the first capture funds are released without a delivery
 * @param inspection         how long after delivery the buyer may still dispute before release
 * @param securedAt          when the first capture happened
 * @param deliveredAt        when the order was delivered
 * @param disputed           whether a dispute freezes the release
 * @param releasedAt         when the funds were released to the seller
 * @param released           the amount released to the seller
 * @param requestFingerprint the SHA-256 of the authorization request, to recognise retries
 * @param seenEvents         SHA-256 of the order event ids already applied
 * @param txns               the operations, in order
 */
record EscrowRecord(String reference, String paymentId, String orderReference, CurrencyCode currency, Phase phase,
                    long authorized, long captured, long refunded, boolean closed, Instant createdAt, Duration disputeWindow,
                    Duration inspection, Optional<Instant> securedAt, Optional<Instant> deliveredAt, boolean disputed,
                    Optional<Instant> releasedAt, long released, String requestFingerprint, List<String> seenEvents, List<Txn> txns) {

    /** Where the deposit stands; amounts and release fields tell the rest. */
    enum Phase {
        /** Funds held in escrow (and possibly secured, refunded or released). */
        AUTHORIZED,
        /** Refused: no money moved. */
        DECLINED,
        /** Returned to the buyer before anything was secured. */
        VOIDED
    }

    /** Copies the lists. */
    EscrowRecord {
        seenEvents = List.copyOf(seenEvents);
        txns = List.copyOf(txns);
    }

    /**
     * When the funds fall due for release to the seller: the earlier of the end of the inspection period
     * after delivery and the end of the dispute window after the first capture.
     *
     * @return the instant, or empty if nothing was captured yet
     */
    Optional<Instant> releaseDueAt() {
        if (securedAt.isEmpty()) {
            return Optional.empty();
        }
        Instant due = securedAt.get().plus(disputeWindow);
        if (deliveredAt.isPresent() && deliveredAt.get().plus(inspection).isBefore(due)) {
            due = deliveredAt.get().plus(inspection);
        }
        return Optional.of(due);
    }

    /**
     * Whether funds could be released now if they were due: held, secured, not refunded away, not disputed.
     *
     * @return true if releasable
     */
    boolean releasable() {
        return phase == Phase.AUTHORIZED && releasedAt.isEmpty() && !disputed && captured - refunded > 0;
    }

    /**
     * The record as it stands at an instant: funds past their release time are released to the seller,
     * as of the moment they fell due.
     *
     * @param now the instant
     * @return this record or an updated copy
     */
    EscrowRecord at(Instant now) {
        Optional<Instant> due = releaseDueAt();
        if (releasable() && due.isPresent() && !now.isBefore(due.get())) {
            return releasedAt(due.get());
        }
        return this;
    }

    /**
     * Releases what is secured and not refunded to the seller, closing the escrow.
     *
     * @param when the release time
     * @return the updated record
     */
    EscrowRecord releasedAt(Instant when) {
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, true, createdAt,
                disputeWindow, inspection, securedAt, deliveredAt, false, Optional.of(when), captured - refunded, requestFingerprint,
                seenEvents, txns);
    }

    boolean isReleased() {
        return releasedAt.isPresent();
    }

    /**
     * The state the SDK reports. Released funds show as CAPTURED (or PARTIALLY_CAPTURED): the SDK's
     * {@link PaymentState} has no state for a release to the seller.
     *
     * @return the payment state
     */
    PaymentState state() {
        return switch (phase) {
            case DECLINED -> PaymentState.DECLINED;
            case VOIDED -> PaymentState.VOIDED;
            case AUTHORIZED -> captured == 0 ? PaymentState.AUTHORIZED
                    : refunded == captured ? PaymentState.REFUNDED
                    : captured == authorized ? PaymentState.CAPTURED
                    : PaymentState.PARTIALLY_CAPTURED;
        };
    }

    PaymentSnapshot snapshot() {
        return new PaymentSnapshot(reference, state(), money(authorized), money(captured), money(refunded));
    }

    Money money(long minor) {
        return new Money(minor, currency);
    }

    Optional<Txn> txn(String keyHash) {
        return txns.stream().filter(t -> t.keyHash().equals(keyHash)).findFirst();
    }

    Optional<Txn> lastAuthorization() {
        return txns.stream().filter(t -> t.type() == TransactionType.AUTHORIZE).reduce((a, b) -> b);
    }

    boolean hasSeen(String eventHash) {
        return seenEvents.contains(eventHash);
    }

    EscrowRecord withPhase(Phase newPhase) {
        return new EscrowRecord(reference, paymentId, orderReference, currency, newPhase, authorized, captured, refunded, closed, createdAt,
                disputeWindow, inspection, securedAt, deliveredAt, disputed, releasedAt, released, requestFingerprint, seenEvents, txns);
    }

    EscrowRecord withProgress(long newCaptured, long newRefunded, boolean newClosed, Optional<Instant> newSecuredAt) {
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, newCaptured, newRefunded, newClosed,
                createdAt, disputeWindow, inspection, newSecuredAt, deliveredAt, disputed, releasedAt, released, requestFingerprint,
                seenEvents, txns);
    }

    EscrowRecord withDelivery(Instant when) {
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed, createdAt,
                disputeWindow, inspection, securedAt, Optional.of(when), disputed, releasedAt, released, requestFingerprint, seenEvents, txns);
    }

    EscrowRecord withDisputed(boolean newDisputed) {
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed, createdAt,
                disputeWindow, inspection, securedAt, deliveredAt, newDisputed, releasedAt, released, requestFingerprint, seenEvents, txns);
    }

    EscrowRecord seen(String eventHash) {
        List<String> more = new ArrayList<>(seenEvents);
        more.add(eventHash);
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed, createdAt,
                disputeWindow, inspection, securedAt, deliveredAt, disputed, releasedAt, released, requestFingerprint, more, txns);
    }

    EscrowRecord plus(Txn txn) {
        List<Txn> more = new ArrayList<>(txns);
        more.add(txn);
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed, createdAt,
                disputeWindow, inspection, securedAt, deliveredAt, disputed, releasedAt, released, requestFingerprint, seenEvents, more);
    }

    EscrowRecord withHistory(List<Txn> earlier) {
        List<Txn> all = new ArrayList<>(earlier);
        all.addAll(txns);
        return new EscrowRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed, createdAt,
                disputeWindow, inspection, securedAt, deliveredAt, disputed, releasedAt, released, requestFingerprint, seenEvents, all);
    }

    String encode() {
        Map<String, String> f = new TreeMap<>();
        f.put("v", "1");
        f.put("reference", reference);
        f.put("paymentId", paymentId);
        f.put("orderReference", orderReference);
        f.put("currency", currency.code());
        f.put("phase", phase.name());
        f.put("authorized", Long.toString(authorized));
        f.put("captured", Long.toString(captured));
        f.put("refunded", Long.toString(refunded));
        f.put("closed", Boolean.toString(closed));
        f.put("createdAt", Long.toString(createdAt.toEpochMilli()));
        f.put("disputeWindow", Long.toString(disputeWindow.toSeconds()));
        f.put("inspection", Long.toString(inspection.toSeconds()));
        f.put("securedAt", optional(securedAt));
        f.put("deliveredAt", optional(deliveredAt));
        f.put("disputed", Boolean.toString(disputed));
        f.put("releasedAt", optional(releasedAt));
        f.put("released", Long.toString(released));
        f.put("requestFingerprint", requestFingerprint);
        f.put("seenEvents", StateCodec.joinList(seenEvents));
        f.put("txns", StateCodec.joinList(txns.stream().map(Txn::encode).toList()));
        return StateCodec.encode(f);
    }

    static EscrowRecord decode(String text) {
        SortedMap<String, String> f = StateCodec.decode(text);
        if (!"1".equals(f.get("v"))) {
            throw new IllegalStateException("stored escrow state has unknown version " + f.get("v"));
        }
        try {
            return new EscrowRecord(req(f, "reference"), req(f, "paymentId"), req(f, "orderReference"), CurrencyCode.of(req(f, "currency")),
                    Phase.valueOf(req(f, "phase")), Long.parseLong(req(f, "authorized")), Long.parseLong(req(f, "captured")),
                    Long.parseLong(req(f, "refunded")), Boolean.parseBoolean(req(f, "closed")),
                    Instant.ofEpochMilli(Long.parseLong(req(f, "createdAt"))), Duration.ofSeconds(Long.parseLong(req(f, "disputeWindow"))),
                    Duration.ofSeconds(Long.parseLong(req(f, "inspection"))), optionalInstant(req(f, "securedAt")),
                    optionalInstant(req(f, "deliveredAt")), Boolean.parseBoolean(req(f, "disputed")), optionalInstant(req(f, "releasedAt")),
                    Long.parseLong(req(f, "released")), req(f, "requestFingerprint"), StateCodec.splitList(req(f, "seenEvents")),
                    StateCodec.splitList(req(f, "txns")).stream().map(Txn::decode).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored escrow state is corrupt: " + e.getMessage(), e);
        }
    }

    private static String optional(Optional<Instant> instant) {
        return instant.map(i -> Long.toString(i.toEpochMilli())).orElse("");
    }

    private static Optional<Instant> optionalInstant(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
    }

    private static String req(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null) {
            throw new IllegalStateException("stored escrow state is corrupt: no " + name);
        }
        return v;
    }
}
