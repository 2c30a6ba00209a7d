package org.openwtp.plugins.cardsandbox;

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
 * The sandbox's state of one payment, as stored (text from {@link #encode()}) under
 * {@code pay:<reference>} in the tenant's key-value store. Immutable: every change makes a new record
 * that the ledger writes with compare-and-set. Amounts are minor units of {@link #currency()}.
 *
 * @param reference          the provider reference
 * @param paymentId          the core's payment id
 * @param orderReference     the core's order id
 * @param currency           the currency
 * @param phase              where the authorization stands
 * @param authorized         the amount reserved, or asked for while PENDING; zero when DECLINED
 * @param captured           the amount captured so far
 * @param refunded           the amount refunded so far
 * @param closed             whether no further capture is possible
 * @param createdAt          when the authorization was made
 * @param settleAt           when a PENDING authorization settles
 * @param expiresAt          when an uncaptured authorization lapses
 * @param behaviour          the card's sandbox behaviour
 * @param brand              the card scheme
 * @param last4              the card's last four digits
 * @param requestFingerprint the SHA-256 of the authorization request, to recognise retries
 * @param txns               the operations, in order
 */
record PaymentRecord(String reference, String paymentId, String orderReference, CurrencyCode currency, Phase phase,
                     long authorized, long captured, long refunded, boolean closed, Instant createdAt, Instant settleAt,
                     Instant expiresAt, CardBehaviour behaviour, String brand, String last4, String requestFingerprint,
                     List<Txn> txns) {

    /** Where the authorization stands; amounts tell the rest. */
    enum Phase {
        /** Sent, not settled yet. */
        PENDING,
        /** Reserved (and possibly captured and refunded). */
        AUTHORIZED,
        /** Declined or failed: no money moved. */
        DECLINED,
        /** Released before any capture, by a void or by lapsing. */
        VOIDED
    }

    /** Copies the transactions. */
    PaymentRecord {
        txns = List.copyOf(txns);
    }

    /**
     * The record as it stands at an instant: a PENDING authorization past its settlement time is
     * AUTHORIZED, an uncaptured authorization past its expiry is VOIDED and a partly captured one closed.
     *
     * @param now the instant
     * @return this record or an updated copy
     */
    PaymentRecord at(Instant now) {
        PaymentRecord r = this;
        if (r.phase == Phase.PENDING && !now.isBefore(r.settleAt)) {
            r = r.withPhase(Phase.AUTHORIZED);
        }
        if (r.phase == Phase.AUTHORIZED && !r.closed && !now.isBefore(r.expiresAt)) {
            r = r.captured == 0 ? r.withPhase(Phase.VOIDED).withProgress(0, 0, true) : r.withProgress(r.captured, r.refunded, true);
        }
        return r;
    }

    /**
     * The state the SDK reports.
     *
     * @return the payment state
     */
    PaymentState state() {
        return switch (phase) {
            case PENDING -> PaymentState.AUTHORIZATION_PENDING;
            case DECLINED -> PaymentState.DECLINED;
            case VOIDED -> PaymentState.VOIDED;
            case AUTHORIZED -> captured == 0 ? PaymentState.AUTHORIZED
                    : refunded == captured ? PaymentState.REFUNDED
                    : captured == authorized ? PaymentState.CAPTURED
                    : PaymentState.PARTIALLY_CAPTURED;
        };
    }

    /**
     * The payment as {@code retrieve} reports it; a PENDING or DECLINED authorization reserves nothing.
     *
     * @return the snapshot
     */
    PaymentSnapshot snapshot() {
        long reserved = phase == Phase.PENDING || phase == Phase.DECLINED ? 0 : authorized;
        return new PaymentSnapshot(reference, state(), money(reserved), money(captured), money(refunded));
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

    PaymentRecord withPhase(Phase newPhase) {
        return new PaymentRecord(reference, paymentId, orderReference, currency, newPhase, authorized, captured, refunded, closed,
                createdAt, settleAt, expiresAt, behaviour, brand, last4, requestFingerprint, txns);
    }

    PaymentRecord withProgress(long newCaptured, long newRefunded, boolean newClosed) {
        return new PaymentRecord(reference, paymentId, orderReference, currency, phase, authorized, newCaptured, newRefunded, newClosed,
                createdAt, settleAt, expiresAt, behaviour, brand, last4, requestFingerprint, txns);
    }

    PaymentRecord plus(Txn txn) {
        List<Txn> more = new ArrayList<>(txns);
        more.add(txn);
        return new PaymentRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed,
                createdAt, settleAt, expiresAt, behaviour, brand, last4, requestFingerprint, more);
    }

    PaymentRecord withHistory(List<Txn> earlier) {
        List<Txn> all = new ArrayList<>(earlier);
        all.addAll(txns);
        return new PaymentRecord(reference, paymentId, orderReference, currency, phase, authorized, captured, refunded, closed,
                createdAt, settleAt, expiresAt, behaviour, brand, last4, requestFingerprint, all);
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
        f.put("settleAt", Long.toString(settleAt.toEpochMilli()));
        f.put("expiresAt", Long.toString(expiresAt.toEpochMilli()));
        f.put("behaviour", behaviour.name());
        f.put("brand", brand);
        f.put("last4", last4);
        f.put("requestFingerprint", requestFingerprint);
        f.put("txns", StateCodec.joinList(txns.stream().map(Txn::encode).toList()));
        return StateCodec.encode(f);
    }

    static PaymentRecord decode(String text) {
        SortedMap<String, String> f = StateCodec.decode(text);
        if (!"1".equals(f.get("v"))) {
            throw new IllegalStateException("stored payment state has unknown version " + f.get("v"));
        }
        try {
            return new PaymentRecord(req(f, "reference"), req(f, "paymentId"), req(f, "orderReference"), CurrencyCode.of(req(f, "currency")),
                    Phase.valueOf(req(f, "phase")), Long.parseLong(req(f, "authorized")), Long.parseLong(req(f, "captured")),
                    Long.parseLong(req(f, "refunded")), Boolean.parseBoolean(req(f, "closed")), instant(f, "createdAt"),
                    instant(f, "settleAt"), instant(f, "expiresAt"), CardBehaviour.valueOf(req(f, "behaviour")), req(f, "brand"),
                    req(f, "last4"), req(f, "requestFingerprint"),
                    StateCodec.splitList(req(f, "txns")).stream().map(Txn::decode).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored payment state is corrupt: " + e.getMessage(), e);
        }
    }

    private static Instant instant(Map<String, String> f, String name) {
        return Instant.ofEpochMilli(Long.parseLong(req(f, name)));
    }

    private static String req(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null) {
            throw new IllegalStateException("stored payment state is corrupt: no " + name);
        }
        return v;
    }
}
