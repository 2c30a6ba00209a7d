package org.openwtp.core.commerce.payment;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.MoneyView;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderLedger;
import org.openwtp.core.commerce.order.OrderRecord;
import org.openwtp.core.commerce.order.OrderStateMachine;
import org.openwtp.core.commerce.order.OrderStatus;
import org.openwtp.core.commerce.payment.internal.PaymentDao;
import org.openwtp.core.commerce.payment.internal.PaymentRow;
import org.openwtp.core.commerce.payment.internal.TxRow;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCall;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.payment.AuthorizeRequest;
import org.openwtp.sdk.payment.PaymentEvent;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentOperation;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.sdk.payment.PaymentResult;
import org.openwtp.sdk.payment.PaymentSnapshot;
import org.openwtp.sdk.payment.PaymentState;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.payment.TransactionType;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments of orders through the tenant's payment plugins. Every operation follows the same pattern:
 * <ol>
 *   <li>in a transaction, the operation is recorded as a REQUESTED transaction under an idempotency key
 *       derived from the core's ids ({@code <paymentId>:authorize}, {@code <paymentId>:capture:<n>},
 *       {@code <paymentId>:void}, {@code <paymentId>:refund:<id>}), with every limit checked (a refund never
 *       exceeds captured minus refunded minus refunds in flight);</li>
 *   <li>the provider is called outside any transaction, guarded by the plugin runtime's deadline;</li>
 *   <li>the answer is applied in a transaction, only if the transaction is still open: a webhook that
 *       answered first, or a second delivery of the same answer, finds it closed and changes nothing.</li>
 * </ol>
 * PENDING and UNKNOWN answers (a thrown exception or a timeout counts as UNKNOWN) leave the transaction
 * open; the {@link PaymentReconciler} settles it with {@code retrieve}. Thread-safe.
 */
public final class PaymentService {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    static final String CORE = "CORE";
    static final String WEBHOOK = "WEBHOOK";

    private final Storage storage;
    private final Clock clock;
    private final PluginExtensions extensions;
    private final OrderLedger ledger;
    private final PaymentSettings settings;
    /**
     * The instruments of authorizations whose answer was lost, kept in memory only (never stored) so the
     * reconciler can repeat the call under the same key when the provider gave no reference to look up.
     */
    private final java.util.concurrent.ConcurrentMap<String, PaymentMethod> unsettledMethods = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param storage    the database
     * @param clock      the clock
     * @param extensions the tenant-aware plugin lookup
     * @param ledger     order status changes
     * @param settings   deadlines and reconciliation pace
     */
    @Inject
    public PaymentService(Storage storage, Clock clock, PluginExtensions extensions, OrderLedger ledger, PaymentSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.extensions = Objects.requireNonNull(extensions, "extensions must not be null");
        this.ledger = Objects.requireNonNull(ledger, "ledger must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    // ---------------------------------------------------------------- authorize

    /**
     * Records the payment of a new order and its authorization as REQUESTED, on the order's placement
     * transaction.
     *
     * @param h        the placement transaction
     * @param tenant   the tenant
     * @param orderId  the order
     * @param provider the payment plugin
     * @param method   the instrument type
     * @param amount   the order total
     * @return the payment id
     */
    public String open(Handle h, TenantId tenant, String orderId, String provider, String method, org.openwtp.sdk.money.Money amount) {
        Instant now = clock.instant();
        String paymentId = Ids.next("pay", now);
        PaymentDao.insertPayment(h, tenant, paymentId, orderId, provider, method, amount.currency().code(), amount.minorUnits(), now);
        PaymentDao.insertTx(h, tenant, Ids.next("ptx", now), paymentId, TransactionType.AUTHORIZE, "REQUESTED", amount.minorUnits(),
                paymentId + ":authorize", CORE, "", now, now.plus(settings.answerGrace()));
        return paymentId;
    }

    /**
     * Asks the provider to authorize an order's payment and applies the answer.
     *
     * @param tenant      the tenant
     * @param orderId     the order
     * @param method      the buyer's instrument (never stored)
     * @param buyerId     the buyer, passed to the provider
     * @return the outcome
     */
    public PaymentOutcome authorize(TenantId tenant, String orderId, PaymentMethod method, String buyerId) {
        PaymentRow p = storage.withHandle(h -> PaymentDao.byOrder(h, tenant, orderId, false))
                .orElseThrow(() -> ApiException.notFound("payment of order", orderId));
        TxRow tx = storage.withHandle(h -> PaymentDao.txByKey(h, tenant, p.paymentId(), p.paymentId() + ":authorize")).orElseThrow();
        if (!tx.open()) {
            return outcome(tx, p.currency());
        }
        AuthorizeRequest request = new AuthorizeRequest(p.paymentId(), orderId, p.money(p.amount()), method, buyerId, "Order " + orderId);
        PaymentResult result = call(tenant, p, tx, (provider, ctx) -> provider.authorize(request, ctx));
        if (result.providerReference().isEmpty() && (result.status() == TransactionStatus.UNKNOWN
                || result.status() == TransactionStatus.PENDING) && unsettledMethods.size() < 10_000) {
            unsettledMethods.put(tx.transactionId(), method);
        }
        return apply(tenant, tx.transactionId(), result.status(), result.providerReference(), result.amount().minorUnits(),
                result.reason(), null);
    }

    private PaymentOutcome repeatAuthorization(TenantId tenant, PaymentRow p, TxRow tx, PaymentMethod method) {
        AuthorizeRequest request = new AuthorizeRequest(p.paymentId(), p.orderId(), p.money(p.amount()), method, "", "Order " + p.orderId());
        PaymentResult result = call(tenant, p, tx, (provider, ctx) -> provider.authorize(request, ctx));
        PaymentOutcome outcome = apply(tenant, tx.transactionId(), result.status(), result.providerReference(),
                result.amount().minorUnits(), result.reason(), null);
        if (!result.providerReference().isEmpty() || known(outcome)) {
            unsettledMethods.remove(tx.transactionId());
        }
        return outcome;
    }

    // ---------------------------------------------------------------- capture

    /**
     * Captures what remains authorised (at shipment). Returns at once if already captured or if a capture is
     * in flight (then PENDING).
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the outcome
     * @throws ApiException 409 when the payment is not authorised (yet)
     */
    public PaymentOutcome capture(TenantId tenant, String orderId) {
        Instant now = clock.instant();
        Object prepared = storage.inTransaction(h -> {
            OrderRecord order = ledger.lock(h, tenant, orderId);
            PaymentRow p = PaymentDao.byOrder(h, tenant, orderId, true).orElseThrow(() -> ApiException.notFound("payment of order", orderId));
            List<TxRow> txs = PaymentDao.txs(h, tenant, p.paymentId());
            Optional<TxRow> open = txs.stream().filter(t -> t.type() == TransactionType.CAPTURE && t.open()).findFirst();
            if (open.isPresent()) {
                return outcome(open.get(), p.currency());
            }
            switch (p.status()) {
                case CAPTURED, PARTIALLY_REFUNDED, REFUNDED -> {
                    TxRow done = txs.stream().filter(t -> t.type() == TransactionType.CAPTURE && t.status().equals("SUCCEEDED"))
                            .reduce((a, b) -> b).orElseThrow();
                    return outcome(done, p.currency());
                }
                case AUTHORIZED -> {
                }
                case AUTHORIZING, AUTHORIZATION_PENDING, AUTHORIZATION_UNKNOWN -> throw new ApiException(CommerceErrors.PAYMENT_OUTCOME_PENDING,
                        "the payment of order " + orderId + " is " + p.status() + "; the reconciler settles it, try again later")
                        .withHeader("Retry-After", "30");
                default -> throw OrderStateMachine.illegal(orderId, order.status(), OrderStatus.PAID);
            }
            long amount = p.authorized() - p.captured();
            long n = txs.stream().filter(t -> t.type() == TransactionType.CAPTURE).count() + 1;
            String txId = Ids.next("ptx", now);
            PaymentDao.insertTx(h, tenant, txId, p.paymentId(), TransactionType.CAPTURE, "REQUESTED", amount,
                    p.paymentId() + ":capture:" + n, CORE, "", now, now.plus(settings.answerGrace()));
            return PaymentDao.tx(h, tenant, txId).orElseThrow();
        });
        if (prepared instanceof PaymentOutcome done) {
            return done;
        }
        return perform(tenant, (TxRow) prepared);
    }

    // ---------------------------------------------------------------- void

    /**
     * Records a void of an order's authorization, on the cancelling transaction, if there is anything to
     * void. Call {@link #perform(TenantId, String)} with the id after the commit.
     *
     * @param h       the cancelling transaction
     * @param tenant  the tenant
     * @param orderId the order
     * @return the void transaction's id, or empty when nothing was authorised
     */
    public Optional<String> requestVoid(Handle h, TenantId tenant, String orderId) {
        Optional<PaymentRow> payment = PaymentDao.byOrder(h, tenant, orderId, true);
        if (payment.isEmpty()) {
            return Optional.empty();
        }
        PaymentRow p = payment.get();
        boolean voidable = p.status() == PaymentStatus.AUTHORIZED
                || ((p.status() == PaymentStatus.AUTHORIZATION_PENDING || p.status() == PaymentStatus.AUTHORIZATION_UNKNOWN)
                && !p.providerReference().isEmpty());
        if (!voidable) {
            return Optional.empty();
        }
        Optional<TxRow> existing = PaymentDao.txByKey(h, tenant, p.paymentId(), p.paymentId() + ":void");
        if (existing.isPresent()) {
            return Optional.of(existing.get().transactionId());
        }
        Instant now = clock.instant();
        String txId = Ids.next("ptx", now);
        PaymentDao.insertTx(h, tenant, txId, p.paymentId(), TransactionType.VOID, "REQUESTED", 0, p.paymentId() + ":void", CORE, "",
                now, now.plus(settings.answerGrace()));
        return Optional.of(txId);
    }

    // ---------------------------------------------------------------- refund

    /**
     * Refunds all or part of what was captured. The limit is checked and the amount reserved in one
     * transaction, so concurrent refunds never add up to more than was captured.
     *
     * @param tenant    the tenant
     * @param orderId   the order
     * @param amount    the amount in minor units, or empty for everything still refundable
     * @param reason    why, passed to the provider
     * @param clientKey the caller's Idempotency-Key, if any: a repeat returns the first refund's outcome
     * @return the outcome
     * @throws ApiException 422 {@code refund_exceeds_captured}, 409 {@code illegal_transition}
     */
    public PaymentOutcome refund(TenantId tenant, String orderId, Optional<Long> amount, String reason, Optional<String> clientKey) {
        Instant now = clock.instant();
        Object prepared = storage.inTransaction(h -> {
            OrderRecord order = ledger.lock(h, tenant, orderId);
            PaymentRow p = PaymentDao.byOrder(h, tenant, orderId, true).orElseThrow(() -> ApiException.notFound("payment of order", orderId));
            String key = p.paymentId() + ":refund:" + clientKey.orElseGet(() -> Ids.next("rfd", now));
            Optional<TxRow> replay = PaymentDao.txByKey(h, tenant, p.paymentId(), key);
            if (replay.isPresent()) {
                if (amount.isPresent() && amount.get() != replay.get().amount()) {
                    throw new ApiException(CommerceErrors.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used for a refund of "
                            + p.money(replay.get().amount()) + "; use a new key for another refund");
                }
                return outcome(replay.get(), p.currency());
            }
            if (!OrderStateMachine.canMove(order.status(), OrderStatus.PARTIALLY_REFUNDED)
                    && !OrderStateMachine.canMove(order.status(), OrderStatus.REFUNDED)) {
                throw OrderStateMachine.illegal(orderId, order.status(), OrderStatus.REFUNDED);
            }
            long inFlight = PaymentDao.txs(h, tenant, p.paymentId()).stream()
                    .filter(t -> t.type() == TransactionType.REFUND && t.open()).mapToLong(TxRow::amount).sum();
            long refundable = p.captured() - p.refunded() - inFlight;
            long asked = amount.orElse(refundable);
            if (asked <= 0 || asked > refundable) {
                throw new ApiException(CommerceErrors.REFUND_EXCEEDS_CAPTURED, (asked <= 0 && amount.isPresent()
                        ? "a refund must be more than zero" : "a refund of " + p.money(Math.max(asked, 0)) + " exceeds what remains refundable: "
                        + p.money(refundable) + " (captured " + p.money(p.captured()) + ", refunded " + p.money(p.refunded())
                        + ", in flight " + p.money(inFlight) + ")"));
            }
            String txId = Ids.next("ptx", now);
            PaymentDao.insertTx(h, tenant, txId, p.paymentId(), TransactionType.REFUND, "REQUESTED", asked, key, CORE,
                    reason == null ? "" : reason, now, now.plus(settings.answerGrace()));
            return PaymentDao.tx(h, tenant, txId).orElseThrow();
        });
        if (prepared instanceof PaymentOutcome done) {
            return done;
        }
        return perform(tenant, (TxRow) prepared);
    }

    // ---------------------------------------------------------------- calls

    /**
     * Makes (or re-makes, under the same idempotency key) the provider call of an open capture, void or
     * refund transaction and applies the answer.
     *
     * @param tenant the tenant
     * @param txId   the transaction
     * @return the outcome
     */
    public PaymentOutcome perform(TenantId tenant, String txId) {
        TxRow tx = storage.withHandle(h -> PaymentDao.tx(h, tenant, txId)).orElseThrow();
        return perform(tenant, tx);
    }

    private PaymentOutcome perform(TenantId tenant, TxRow tx) {
        PaymentRow p = storage.withHandle(h -> PaymentDao.byId(h, tenant, tx.paymentId(), false)).orElseThrow();
        if (!tx.open()) {
            return outcome(tx, p.currency());
        }
        String ref = p.providerReference();
        PaymentResult result = switch (tx.type()) {
            case CAPTURE -> call(tenant, p, tx, (provider, ctx) -> provider.capture(PaymentOperation.of(ref, p.money(tx.amount())), ctx));
            case REFUND -> call(tenant, p, tx, (provider, ctx) -> provider.refund(
                    new PaymentOperation(ref, Optional.of(p.money(tx.amount())), tx.note()), ctx));
            case VOID -> call(tenant, p, tx, (provider, ctx) -> provider.voidAuthorization(PaymentOperation.whole(ref), ctx));
            case AUTHORIZE -> throw new IllegalStateException("an authorization is settled with retrieve, not re-made");
        };
        return apply(tenant, tx.transactionId(), result.status(), result.providerReference(), tx.amount(), result.reason(), null);
    }

    private PaymentResult call(TenantId tenant, PaymentRow p, TxRow tx, PluginCall<PaymentProvider, PaymentResult> call) {
        org.openwtp.sdk.money.Money amount = p.money(tx.amount());
        Optional<TenantExtension<PaymentProvider>> provider = extensions.forTenant(tenant, PaymentProvider.class, p.provider());
        if (provider.isEmpty()) {
            return PaymentResult.of(tx.type(), TransactionStatus.FAILED, p.providerReference(), amount,
                    Reason.of("PROVIDER_UNAVAILABLE", "payment plugin " + p.provider() + " is not enabled for the tenant or not started"));
        }
        CallOptions options = CallOptions.onExecutor(settings.callTimeout()).withIdempotencyKey(IdempotencyKey.of(tx.idempotencyKey()));
        try {
            PaymentResult result = provider.get().call(method(tx.type()), options, call);
            if (result == null) {
                return PaymentResult.of(tx.type(), TransactionStatus.UNKNOWN, p.providerReference(), amount,
                        Reason.of("NO_ANSWER", "the provider returned nothing"));
            }
            return result;
        } catch (PluginCallException e) {
            LOG.warn("payment {} {} for order {}: {}", tx.type(), tx.transactionId(), p.orderId(), e.getMessage());
            boolean notSent = e.kind() == PluginCallException.Kind.REJECTED || e.kind() == PluginCallException.Kind.CIRCUIT_OPEN
                    || e.kind() == PluginCallException.Kind.UNAVAILABLE;
            if (notSent) {
                return PaymentResult.of(tx.type(), TransactionStatus.FAILED, p.providerReference(), amount,
                        Reason.of("PROVIDER_UNAVAILABLE", "the call was not made: " + e.kind()));
            }
            return PaymentResult.of(tx.type(), TransactionStatus.UNKNOWN, p.providerReference(), amount,
                    Reason.of(e.isTimeout() ? "TIMEOUT" : "PROVIDER_ERROR", "outcome unknown: " + e.kind() + "; the reconciler will ask the provider"));
        }
    }

    private static String method(TransactionType type) {
        return switch (type) {
            case AUTHORIZE -> "authorize";
            case CAPTURE -> "capture";
            case VOID -> "voidAuthorization";
            case REFUND -> "refund";
        };
    }

    // ---------------------------------------------------------------- applying outcomes

    /**
     * Applies an outcome to an open transaction; a closed one is left alone (the outcome was applied before,
     * e.g. by a webhook that raced the call's answer).
     */
    PaymentOutcome apply(TenantId tenant, String txId, TransactionStatus status, String reference, long amount,
                         Optional<Reason> reason, String eventId) {
        return storage.inTransaction(h -> {
            TxRow unlocked = PaymentDao.tx(h, tenant, txId).orElseThrow();
            PaymentRow p0 = PaymentDao.byId(h, tenant, unlocked.paymentId(), false).orElseThrow();
            OrderRecord order = ledger.lock(h, tenant, p0.orderId());
            PaymentRow p = PaymentDao.byId(h, tenant, unlocked.paymentId(), true).orElseThrow();
            TxRow tx = PaymentDao.tx(h, tenant, txId).orElseThrow();
            if (tx.open()) {
                applyInTx(h, order, p, tx, status, reference, amount, reason, eventId);
            }
            if (status != TransactionStatus.PENDING && status != TransactionStatus.UNKNOWN) {
                unsettledMethods.remove(txId);
            }
            return outcome(PaymentDao.tx(h, tenant, txId).orElseThrow(), p.currency());
        });
    }

    private void applyInTx(Handle h, OrderRecord order, PaymentRow p, TxRow tx, TransactionStatus status, String reference,
                           long amount, Optional<Reason> reason, String eventId) {
        Instant now = clock.instant();
        TenantId tenant = p.tenant();
        String rc = reason.map(Reason::code).orElse(null);
        String rm = reason.map(Reason::message).orElse(null);
        String ref = reference == null || reference.isEmpty() ? p.providerReference() : reference;
        switch (status) {
            case SUCCEEDED -> {
                PaymentDao.settleTx(h, tenant, tx.transactionId(), "SUCCEEDED", null, null, eventId, null, tx.checkAttempts(), now);
                succeed(h, order, withReference(p, ref), tx.type(), tx.type() == TransactionType.AUTHORIZE && amount > 0 ? amount : tx.amount());
            }
            case DECLINED, FAILED -> {
                PaymentDao.settleTx(h, tenant, tx.transactionId(), status.name(), rc, rm, eventId, null, tx.checkAttempts(), now);
                if (tx.type() == TransactionType.AUTHORIZE) {
                    PaymentRow failed = new PaymentRow(tenant, p.paymentId(), p.orderId(), p.provider(), ref, p.methodType(),
                            status == TransactionStatus.DECLINED ? PaymentStatus.DECLINED : PaymentStatus.FAILED, p.currency(),
                            p.amount(), 0, 0, 0);
                    PaymentDao.update(h, failed, now, rc, rm);
                    moveIfAllowed(h, order, OrderStatus.PAYMENT_FAILED, Map.of("reasonCode", rc == null ? "" : rc));
                } else {
                    PaymentDao.update(h, withReference(p, ref), now, rc, rm);
                }
            }
            case PENDING, UNKNOWN -> {
                PaymentDao.settleTx(h, tenant, tx.transactionId(), status.name(), rc, rm, eventId,
                        now.plus(settings.checkAfter(tx.checkAttempts())), tx.checkAttempts(), now);
                if (tx.type() == TransactionType.AUTHORIZE) {
                    PaymentRow waiting = new PaymentRow(tenant, p.paymentId(), p.orderId(), p.provider(), ref, p.methodType(),
                            status == TransactionStatus.PENDING ? PaymentStatus.AUTHORIZATION_PENDING : PaymentStatus.AUTHORIZATION_UNKNOWN,
                            p.currency(), p.amount(), 0, 0, 0);
                    PaymentDao.update(h, waiting, now, rc, rm);
                    moveIfAllowed(h, order, OrderStatus.PAYMENT_PENDING, Map.of("reasonCode", rc == null ? "" : rc));
                } else if (!ref.equals(p.providerReference())) {
                    PaymentDao.update(h, withReference(p, ref), now, null, null);
                }
            }
        }
    }

    /** The effects of a successful operation on the payment's amounts and on the order. */
    private void succeed(Handle h, OrderRecord order, PaymentRow p, TransactionType type, long amount) {
        Instant now = clock.instant();
        switch (type) {
            case AUTHORIZE -> {
                PaymentDao.update(h, copy(p, PaymentStatus.AUTHORIZED, amount, p.captured(), p.refunded()), now, null, null);
                if (order.status() == OrderStatus.CANCELLED) {
                    // cancelled while the outcome was unknown: release the funds the provider reserved after all
                    requestVoid(h, p.tenant(), p.orderId()).ifPresent(txId -> PaymentDao.settleTx(h, p.tenant(), txId, "REQUESTED", null,
                            null, null, now, 0, now));
                } else {
                    moveIfAllowed(h, order, OrderStatus.AUTHORIZED, Map.of("authorizedAmount", Long.toString(amount)));
                }
            }
            case CAPTURE -> {
                long captured = Math.min(p.authorized(), p.captured() + amount);
                PaymentDao.update(h, copy(p, PaymentStatus.CAPTURED, p.authorized(), captured, p.refunded()), now, null, null);
                moveIfAllowed(h, order, OrderStatus.PAID, Map.of("capturedAmount", Long.toString(captured)));
            }
            case VOID -> {
                PaymentDao.update(h, copy(p, PaymentStatus.VOIDED, p.authorized(), p.captured(), p.refunded()), now, null, null);
                if (order.status() != OrderStatus.CANCELLED) {
                    moveIfAllowed(h, order, OrderStatus.CANCELLED, Map.of("reasonCode", "AUTHORIZATION_VOIDED"));
                }
            }
            case REFUND -> {
                long refunded = Math.min(p.captured(), p.refunded() + amount);
                boolean full = refunded >= p.captured();
                PaymentDao.update(h, copy(p, full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED, p.authorized(), p.captured(),
                        refunded), now, null, null);
                moveIfAllowed(h, order, full ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED,
                        Map.of("amount", Long.toString(amount), "refundedAmount", Long.toString(refunded)));
            }
        }
    }

    private void moveIfAllowed(Handle h, OrderRecord order, OrderStatus target, Map<String, String> extra) {
        if (OrderStateMachine.canMove(order.status(), target) || order.status() == target) {
            ledger.moveTo(h, order, target, extra);
        } else {
            LOG.warn("order {} is {}; a payment outcome would make it {}, which is not allowed; the payment is recorded, the order left as is",
                    order.orderId(), order.status(), target);
        }
    }

    private static PaymentRow withReference(PaymentRow p, String ref) {
        return new PaymentRow(p.tenant(), p.paymentId(), p.orderId(), p.provider(), ref, p.methodType(), p.status(), p.currency(),
                p.amount(), p.authorized(), p.captured(), p.refunded());
    }

    private static PaymentRow copy(PaymentRow p, PaymentStatus status, long authorized, long captured, long refunded) {
        return new PaymentRow(p.tenant(), p.paymentId(), p.orderId(), p.provider(), p.providerReference(), p.methodType(), status,
                p.currency(), p.amount(), authorized, captured, refunded);
    }

    private static PaymentOutcome outcome(TxRow tx, String currency) {
        TransactionStatus status = tx.status().equals("REQUESTED") ? TransactionStatus.PENDING : TransactionStatus.valueOf(tx.status());
        return new PaymentOutcome(tx.transactionId(), tx.type(), status, MoneyView.of(tx.amount(), currency),
                tx.reasonCode() == null ? "" : tx.reasonCode(), tx.reasonMessage() == null ? "" : tx.reasonMessage());
    }

    // ---------------------------------------------------------------- reconciliation

    /**
     * Settles one open transaction: asks the provider ({@code retrieve}) where the payment stands; if that
     * shows the operation happened (or, for an authorization, failed) the outcome is applied; if the provider
     * shows the operation did not happen, a capture, void or refund is re-made under the same idempotency key;
     * otherwise the next check is scheduled later.
     *
     * @param tenant the tenant
     * @param txId   the transaction
     * @return true if the outcome is now known
     */
    public boolean reconcile(TenantId tenant, String txId) {
        TxRow tx = storage.withHandle(h -> PaymentDao.tx(h, tenant, txId)).orElseThrow();
        if (!tx.open()) {
            return true;
        }
        PaymentRow p = storage.withHandle(h -> PaymentDao.byId(h, tenant, tx.paymentId(), false)).orElseThrow();
        if (p.providerReference().isEmpty()) {
            if (tx.type() != TransactionType.AUTHORIZE) {
                return known(perform(tenant, tx));
            }
            PaymentMethod method = unsettledMethods.get(tx.transactionId());
            if (method != null) {
                // the provider gave no reference to look up: repeat the call under the same key; it replays its answer
                PaymentOutcome outcome = repeatAuthorization(tenant, p, tx, method);
                if (known(outcome)) {
                    return true;
                }
                TxRow after = storage.withHandle(h -> PaymentDao.tx(h, tenant, txId)).orElseThrow();
                if (!after.open()) {
                    return true;
                }
                postpone(tenant, after, "the repeated authorization is still " + outcome.status());
                return false;
            }
            postpone(tenant, tx, "no provider reference to look the payment up with, and the instrument is not kept after a restart;"
                    + " a webhook or the provider's dashboard must settle it");
            return false;
        }
        Optional<TenantExtension<PaymentProvider>> provider = extensions.forTenant(tenant, PaymentProvider.class, p.provider());
        if (provider.isEmpty()) {
            postpone(tenant, tx, "payment plugin " + p.provider() + " is not enabled or not started");
            return false;
        }
        PaymentSnapshot snapshot;
        try {
            snapshot = provider.get().call("retrieve", CallOptions.onExecutor(settings.callTimeout()),
                    (pp, ctx) -> pp.retrieve(p.providerReference(), ctx));
        } catch (PluginCallException e) {
            postpone(tenant, tx, "retrieve failed: " + e.getMessage());
            return false;
        }
        PaymentState state = snapshot.state();
        switch (tx.type()) {
            case AUTHORIZE -> {
                switch (state) {
                    case AUTHORIZED, PARTIALLY_CAPTURED, CAPTURED, REFUNDED -> {
                        return known(apply(tenant, txId, TransactionStatus.SUCCEEDED, p.providerReference(),
                                snapshot.authorized().minorUnits(), Optional.empty(), null));
                    }
                    case DECLINED, VOIDED, NOT_FOUND -> {
                        return known(apply(tenant, txId, TransactionStatus.DECLINED, p.providerReference(), tx.amount(),
                                Optional.of(Reason.of("RECONCILED_" + state, "the provider reports the payment as " + state)), null));
                    }
                    default -> {
                        postpone(tenant, tx, "the provider still reports " + state);
                        return false;
                    }
                }
            }
            case CAPTURE -> {
                if (snapshot.captured().minorUnits() >= p.captured() + tx.amount()) {
                    return known(apply(tenant, txId, TransactionStatus.SUCCEEDED, p.providerReference(), tx.amount(), Optional.empty(), null));
                }
            }
            case REFUND -> {
                if (snapshot.refunded().minorUnits() >= p.refunded() + tx.amount()) {
                    return known(apply(tenant, txId, TransactionStatus.SUCCEEDED, p.providerReference(), tx.amount(), Optional.empty(), null));
                }
            }
            case VOID -> {
                if (state == PaymentState.VOIDED) {
                    return known(apply(tenant, txId, TransactionStatus.SUCCEEDED, p.providerReference(), 0, Optional.empty(), null));
                }
            }
        }
        if (state == PaymentState.AUTHORIZATION_PENDING) {
            postpone(tenant, tx, "the authorization is still pending");
            return false;
        }
        return known(perform(tenant, tx));
    }

    private static boolean known(PaymentOutcome o) {
        return o.status() != TransactionStatus.PENDING && o.status() != TransactionStatus.UNKNOWN;
    }

    private void postpone(TenantId tenant, TxRow tx, String why) {
        Instant now = clock.instant();
        int attempts = tx.checkAttempts() + 1;
        String status = tx.status().equals("REQUESTED") ? "UNKNOWN" : tx.status();
        LOG.info("payment transaction {} ({}) still open after check {}: {}", tx.transactionId(), tx.type(), attempts, why);
        storage.useTransaction(h -> PaymentDao.settleTx(h, tenant, tx.transactionId(), status, tx.reasonCode(),
                tx.reasonMessage(), null, now.plus(settings.checkAfter(attempts)), attempts, now));
    }

    // ---------------------------------------------------------------- webhooks

    /**
     * What an inbound webhook did.
     *
     * @param applied    events that changed something
     * @param duplicates events seen before (same provider, reference, type and id)
     * @param ignored    events for payments the tenant does not have, or that confirmed what was known
     */
    public record WebhookReport(int applied, int duplicates, int ignored) {
    }

    /**
     * Has the payment plugin verify an inbound webhook and applies its events, each at most once.
     *
     * @param tenant   the tenant of the webhook URL
     * @param pluginId the payment plugin of the webhook URL
     * @param webhook  the raw request
     * @return what was applied
     * @throws ApiException 404 if the tenant has no such payment plugin enabled, 401 if the plugin rejected the
     *                      webhook, 502 if the plugin failed
     */
    public WebhookReport handleWebhook(TenantId tenant, String pluginId, InboundWebhook webhook) {
        TenantExtension<PaymentProvider> provider = extensions.forTenant(tenant, PaymentProvider.class, pluginId)
                .orElseThrow(() -> ApiException.notFound("payment webhook endpoint", pluginId));
        WebhookResult<PaymentEvent> result;
        try {
            result = provider.call("handleWebhook", CallOptions.onExecutor(settings.callTimeout()), (pp, ctx) -> pp.handleWebhook(webhook, ctx));
        } catch (PluginCallException e) {
            throw new ApiException(CommerceErrors.PROVIDER_FAILED, "the payment plugin could not process the webhook; send it again later")
                    .withCause(e);
        }
        if (result.rejection().isPresent()) {
            Reason r = result.rejection().get();
            throw new ApiException(CommerceErrors.WEBHOOK_REJECTED, "the webhook was rejected: " + r.code() + ": " + r.message());
        }
        int applied = 0;
        int duplicates = 0;
        int ignored = 0;
        for (PaymentEvent event : result.events()) {
            switch (applyEvent(tenant, pluginId, event)) {
                case "APPLIED" -> applied++;
                case "DUPLICATE" -> duplicates++;
                default -> ignored++;
            }
        }
        return new WebhookReport(applied, duplicates, ignored);
    }

    /**
     * Applies one verified provider event at most once (keyed on provider, reference, type and event id).
     *
     * @param tenant   the tenant
     * @param pluginId the payment plugin
     * @param event    the event
     * @return APPLIED, CONFIRMED (it matched what was already known), DUPLICATE or UNMATCHED
     */
    public String applyEvent(TenantId tenant, String pluginId, PaymentEvent event) {
        Instant now = clock.instant();
        return storage.inTransaction(h -> {
            Optional<PaymentRow> p0 = PaymentDao.byReference(h, tenant, pluginId, event.providerReference(), false)
                    .or(() -> withoutReference(h, tenant, pluginId, event));
            Optional<OrderRecord> order = p0.map(p -> ledger.lock(h, tenant, p.orderId()));
            p0.filter(p -> p.providerReference() == null || p.providerReference().isEmpty())
                    .ifPresent(p -> PaymentDao.adoptReference(h, tenant, p.paymentId(), event.providerReference()));
            Optional<PaymentRow> payment = p0.flatMap(p -> PaymentDao.byId(h, tenant, p.paymentId(), true));
            boolean fresh = PaymentDao.insertEvent(h, tenant, pluginId, event.providerReference(), event.type().name(), event.eventId(),
                    payment.map(PaymentRow::paymentId).orElse(null), event.amount().minorUnits(), event.amount().currency().code(),
                    event.occurredAt(), now);
            // an event that came before its payment could be found is taken up when it is delivered again
            if (!fresh && payment.isPresent()) {
                fresh = PaymentDao.reclaimUnmatched(h, tenant, pluginId, event.providerReference(), event.type().name(), event.eventId(),
                        payment.get().paymentId());
            }
            if (!fresh) {
                return "DUPLICATE";
            }
            String outcome = payment.isEmpty() ? "UNMATCHED" : applyEventInTx(h, order.get(), payment.get(), event);
            PaymentDao.eventOutcome(h, tenant, pluginId, event.providerReference(), event.type().name(), event.eventId(), outcome);
            return outcome;
        });
    }

    /**
     * The payment an event names by the core's id (the provider echoed it) when the core never received the provider's
     * reference for it: an authorization whose answer was lost. A payment that already has another reference is not it.
     */
    private static Optional<PaymentRow> withoutReference(Handle h, TenantId tenant, String pluginId, PaymentEvent event) {
        return event.paymentId().flatMap(id -> PaymentDao.byId(h, tenant, id, false))
                .filter(p -> p.provider().equals(pluginId) && (p.providerReference() == null || p.providerReference().isEmpty()));
    }

    private String applyEventInTx(Handle h, OrderRecord order, PaymentRow p, PaymentEvent event) {
        TenantId tenant = p.tenant();
        List<TxRow> txs = PaymentDao.txs(h, tenant, p.paymentId());
        long amount = event.amount().minorUnits();
        if (!event.amount().currency().code().equals(p.currency())) {
            LOG.warn("payment event {} for {} is in {}, the payment in {}; ignored", event.eventId(), p.paymentId(),
                    event.amount().currency(), p.currency());
            return "IGNORED_CURRENCY_MISMATCH";
        }
        TransactionType type = switch (event.type()) {
            case AUTHORIZED, AUTHORIZATION_FAILED -> TransactionType.AUTHORIZE;
            case CAPTURED -> TransactionType.CAPTURE;
            case VOIDED -> TransactionType.VOID;
            case REFUNDED -> TransactionType.REFUND;
            case RELEASED_TO_SELLER -> null;
        };
        if (type == null) {
            ledger.record(h, order, "order.payment_released", Map.of("amount", Long.toString(amount)));
            return "APPLIED";
        }
        List<TxRow> open = txs.stream().filter(t -> t.type() == type && t.open()).toList();
        Optional<TxRow> target = open.stream().filter(t -> t.amount() == amount || type == TransactionType.AUTHORIZE
                || type == TransactionType.VOID).findFirst().or(() -> open.stream().findFirst());
        TransactionStatus status = event.type() == org.openwtp.sdk.payment.PaymentEventType.AUTHORIZATION_FAILED
                ? TransactionStatus.DECLINED : TransactionStatus.SUCCEEDED;
        if (target.isPresent()) {
            applyInTx(h, order, p, target.get(), status, event.providerReference(), amount,
                    status == TransactionStatus.DECLINED ? Optional.of(Reason.of("AUTHORIZATION_FAILED", "reported by the provider's webhook"))
                            : Optional.empty(), event.eventId());
            return "APPLIED";
        }
        Optional<TxRow> known = txs.stream().filter(t -> t.type() == type && t.status().equals(status.name())
                && t.matchedEventId() == null && (t.amount() == amount || type != TransactionType.CAPTURE && type != TransactionType.REFUND))
                .findFirst();
        if (known.isPresent()) {
            PaymentDao.matchEvent(h, tenant, known.get().transactionId(), event.eventId());
            return "CONFIRMED";
        }
        // an operation the core did not ask for (made in the provider's dashboard, or a lapse): record it within limits
        long effective = switch (type) {
            case CAPTURE -> Math.min(amount, p.authorized() - p.captured());
            case REFUND -> Math.min(amount, p.captured() - p.refunded() - txs.stream()
                    .filter(t -> t.type() == TransactionType.REFUND && t.open()).mapToLong(TxRow::amount).sum());
            case VOID -> p.status() == PaymentStatus.AUTHORIZED && p.captured() == 0 ? 0 : -1;
            case AUTHORIZE -> -1;
        };
        if (effective < 0 || (effective == 0 && type != TransactionType.VOID)) {
            return "CONFIRMED";
        }
        Instant now = clock.instant();
        String txId = Ids.next("ptx", now);
        PaymentDao.insertTx(h, tenant, txId, p.paymentId(), type, "SUCCEEDED", effective, "webhook:" + event.eventId(), WEBHOOK, "",
                now, null);
        PaymentDao.matchEvent(h, tenant, txId, event.eventId());
        succeed(h, order, p, type, effective);
        return "APPLIED";
    }

    /**
     * The operations of an order's payment, oldest first.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the operations
     */
    public List<PaymentOutcome> operations(TenantId tenant, String orderId) {
        return storage.withHandle(h -> {
            Optional<PaymentRow> p = PaymentDao.byOrder(h, tenant, orderId, false);
            List<PaymentOutcome> out = new ArrayList<>();
            p.ifPresent(pay -> PaymentDao.txs(h, tenant, pay.paymentId()).forEach(t -> out.add(outcome(t, pay.currency()))));
            return out;
        });
    }
}
