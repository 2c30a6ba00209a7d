package org.openwtp.plugins.escrow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openwtp.plugins.support.payment.FormBody;
import org.openwtp.plugins.support.payment.Hashing;
import org.openwtp.plugins.support.payment.Txn;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.AuthorizeRequest;
import org.openwtp.sdk.payment.PaymentEvent;
import org.openwtp.sdk.payment.PaymentEventType;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.payment.PaymentOperation;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.sdk.payment.PaymentProviderProfile;
import org.openwtp.sdk.payment.PaymentResult;
import org.openwtp.sdk.payment.PaymentSnapshot;
import org.openwtp.sdk.payment.PaymentState;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.payment.TransactionType;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.pf4j.Extension;

/**
 * Trade-assurance escrow: the buyer pays into escrow ({@code authorize} holds the funds), the seller's
 * shipment secures them ({@code capture}), and they are released to the seller only when the order is
 * delivered (after an optional inspection period) or when the dispute window after shipment has passed
 * without a dispute. A cancellation returns what is held to the buyer; a dispute freezes the release
 * until it is resolved. Releases are evaluated lazily against the call's clock on every call: there are
 * no background threads.
 *
 * <p>It is both the {@link PaymentProvider} and the {@link OrderEventListener} of the plugin, so the
 * configuration is declared once. Order events it reacts to (attributes it reads: {@code providerReference},
 * else the order id; {@code paymentProvider}, which must be {@value #PLUGIN_ID} when present; and
 * {@code resolution} on {@value #DISPUTE_RESOLVED}):
 * <ul>
 *   <li>{@value #DELIVERED}: the release falls due after the inspection period;</li>
 *   <li>{@value #CANCELLED}: everything held is returned to the buyer (refund, or void if nothing was
 *       secured), unless it was already released;</li>
 *   <li>{@value #DISPUTED}: the release is frozen;</li>
 *   <li>{@value #DISPUTE_RESOLVED} with {@code resolution} {@code RELEASE_TO_SELLER} or
 *       {@code REFUND_TO_BUYER}: the frozen funds go that way.</li>
 * </ul>
 * Each event is applied once per event id. Thread-safe and stateless: all state lives in the context's store.
 */
@Extension
public final class EscrowPaymentProvider implements PaymentProvider, OrderEventListener {

    /** The plugin id, as order events name the payment provider. */
    public static final String PLUGIN_ID = "payment-escrow";
    /** The order was delivered. */
    public static final String DELIVERED = "order.delivered";
    /** The order was cancelled. */
    public static final String CANCELLED = "order.cancelled";
    /** The buyer opened a dispute. */
    public static final String DISPUTED = "order.disputed";
    /** A dispute was decided; attribute {@code resolution}. */
    public static final String DISPUTE_RESOLVED = "order.dispute_resolved";

    private static final System.Logger LOG = System.getLogger(EscrowPaymentProvider.class.getName());
    private static final Pattern REFERENCE = Pattern.compile("esc_[0-9a-f]{32}");
    private static final int MAX_WEBHOOK_BYTES = 64 * 1024;

    /** Creates the extension; it keeps no state of its own. */
    public EscrowPaymentProvider() {
    }

    @Override
    public PaymentProviderProfile profile() {
        return new PaymentProviderProfile("Trade assurance escrow", EscrowSettings.SUPPORTED_CURRENCIES, Set.of(PaymentMethodType.ESCROW), true, true);
    }

    @Override
    public List<ConfigField> configFields() {
        return EscrowSettings.fields();
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return EscrowSettings.problems(config);
    }

    /**
     * The provider reference the escrow assigns to a payment of the core.
     *
     * @param paymentId the core's payment id
     * @return {@code esc_} and 32 hex digits
     */
    public static String referenceFor(String paymentId) {
        return "esc_" + Hashing.sha256Hex(paymentId).substring(0, 32);
    }

    // ---- payment provider ----

    @Override
    public PaymentResult authorize(AuthorizeRequest request, PluginContext context) {
        String keyHash = keyHash(context, "authorize");
        EscrowSettings settings = EscrowSettings.from(context.config());
        Instant now = context.clock().instant();
        String reference = referenceFor(request.paymentId());
        Money amount = request.amount();
        String fingerprint = Hashing.sha256Hex(String.join("\n", "authorize", request.paymentId(), request.orderReference(),
                Long.toString(amount.minorUnits()), amount.currency().code(), request.method().type().name()));
        EscrowLedger ledger = new EscrowLedger(context.store());
        if (!ledger.claim(keyHash, fingerprint)) {
            return PaymentResult.declined(TransactionType.AUTHORIZE, reference, amount, keyReused());
        }
        Optional<Reason> refusal = refusal(request, settings);
        Txn txn = new Txn(TransactionType.AUTHORIZE, refusal.isPresent() ? TransactionStatus.DECLINED : TransactionStatus.SUCCEEDED,
                amount.minorUnits(), keyHash, refusal, now);
        EscrowRecord fresh = new EscrowRecord(reference, request.paymentId(), request.orderReference(), amount.currency(),
                refusal.isPresent() ? EscrowRecord.Phase.DECLINED : EscrowRecord.Phase.AUTHORIZED, refusal.isPresent() ? 0 : amount.minorUnits(),
                0, 0, refusal.isPresent(), now, settings.disputeWindow(), settings.inspection(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0, fingerprint, List.of(), List.of(txn));
        EscrowLedger.Outcome outcome = ledger.create(fresh, keyHash, now, existing -> {
            if (existing.requestFingerprint().equals(fingerprint) && existing.lastAuthorization().isPresent()) {
                return EscrowLedger.Decision.refuse(existing, existing.lastAuthorization().get());
            }
            if (existing.phase() == EscrowRecord.Phase.DECLINED) {
                return new EscrowLedger.Decision(fresh.withHistory(existing.txns()), txn, true);
            }
            return EscrowLedger.Decision.refuse(existing, new Txn(TransactionType.AUTHORIZE, TransactionStatus.DECLINED, amount.minorUnits(),
                    keyHash, Optional.of(Reason.of("PAYMENT_ID_REUSED", "payment " + request.paymentId()
                    + " was already paid into escrow with other details; use a new payment id for a new payment")), now));
        });
        return result(reference, amount.currency(), outcome.txn());
    }

    @Override
    public PaymentResult capture(PaymentOperation operation, PluginContext context) {
        return mutate(TransactionType.CAPTURE, operation, context, (r, keyHash, now) -> decideCapture(r, operation.amount(), keyHash, now));
    }

    @Override
    public PaymentResult voidAuthorization(PaymentOperation operation, PluginContext context) {
        return mutate(TransactionType.VOID, operation, context, (r, keyHash, now) -> decideVoid(r, operation.amount(), keyHash, now));
    }

    @Override
    public PaymentResult refund(PaymentOperation operation, PluginContext context) {
        return mutate(TransactionType.REFUND, operation, context, (r, keyHash, now) -> decideRefund(r, operation.amount(), keyHash, now));
    }

    @Override
    public PaymentSnapshot retrieve(String providerReference, PluginContext context) {
        Optional<EscrowRecord> record = find(providerReference, context);
        if (record.isEmpty()) {
            Money zero = Money.zero(defaultCurrency(EscrowSettings.from(context.config())));
            return new PaymentSnapshot(providerReference, PaymentState.NOT_FOUND, zero, zero, zero);
        }
        return record.get().snapshot();
    }

    /**
     * Verifies a signed notification ({@link EscrowWebhookSigner}) that names a payment, and answers with
     * every event of that payment as the escrow's own ledger records it at the call's time, including
     * {@link PaymentEventType#RELEASED_TO_SELLER} once the funds were released. Event ids are stable
     * ({@code <reference>-<n>}, {@code <reference>-released}), so the core applies each once however often
     * it is notified. A notification for a payment the escrow does not hold is verified with no events.
     */
    @Override
    public WebhookResult<PaymentEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        EscrowSettings settings = EscrowSettings.from(context.config());
        if (settings.webhookSecret().isEmpty()) {
            return WebhookResult.rejected(Reason.of("WEBHOOK_SECRET_NOT_CONFIGURED", "set webhookSecret for this tenant to receive webhooks"));
        }
        byte[] body = webhook.body();
        if (body.length > MAX_WEBHOOK_BYTES) {
            return WebhookResult.rejected(Reason.of("PAYLOAD_TOO_LARGE", "an escrow webhook body is at most " + MAX_WEBHOOK_BYTES + " bytes"));
        }
        Optional<Reason> rejection = EscrowWebhookSigner.verify(settings.webhookSecret().get(),
                webhook.header(EscrowWebhookSigner.SIGNATURE_HEADER).orElse(null), body, context.clock().instant(), settings.webhookTolerance());
        if (rejection.isPresent()) {
            return WebhookResult.rejected(rejection.get());
        }
        Optional<Map<String, String>> fields = FormBody.parse(body);
        if (fields.isEmpty() || fields.get().getOrDefault("reference", "").isBlank()) {
            return WebhookResult.rejected(Reason.of("MALFORMED_PAYLOAD", "the body must be application/x-www-form-urlencoded with a 'reference'"));
        }
        return WebhookResult.verified(find(fields.get().get("reference"), context).map(EscrowPaymentProvider::events).orElse(List.of()));
    }

    // ---- order event listener ----

    @Override
    public Set<String> eventTypes() {
        return Set.of(DELIVERED, CANCELLED, DISPUTED, DISPUTE_RESOLVED);
    }

    @Override
    public void onOrderEvent(OrderEvent event, PluginContext context) {
        String provider = event.attributes().get("paymentProvider");
        if (provider != null && !provider.equals(PLUGIN_ID)) {
            return;
        }
        EscrowLedger ledger = new EscrowLedger(context.store());
        Optional<String> reference = Optional.ofNullable(event.attributes().get("providerReference"))
                .filter(r -> REFERENCE.matcher(r).matches())
                .or(() -> ledger.referenceOfOrder(event.orderId()));
        if (reference.isEmpty()) {
            return; // not an order paid through this escrow
        }
        Instant now = context.clock().instant();
        String eventHash = Hashing.sha256Hex("event\n" + event.eventId());
        ledger.change(reference.get(), now, r -> r.hasSeen(eventHash) ? Optional.empty() : Optional.of(apply(event, r, eventHash, now).seen(eventHash)));
    }

    private static EscrowRecord apply(OrderEvent event, EscrowRecord r, String eventHash, Instant now) {
        switch (event.type()) {
            case DELIVERED -> {
                if (r.deliveredAt().isPresent()) {
                    return r;
                }
                Instant deliveredAt = event.occurredAt().isAfter(now) ? now : event.occurredAt();
                return r.withDelivery(deliveredAt).at(now);
            }
            case DISPUTED -> {
                if (r.isReleased()) {
                    LOG.log(System.Logger.Level.WARNING, "dispute on order {0} after its funds were released to the seller; nothing to freeze",
                            event.orderId());
                    return r;
                }
                return r.withDisputed(true);
            }
            case DISPUTE_RESOLVED -> {
                String resolution = event.attributes().getOrDefault("resolution", "");
                if (resolution.equals("RELEASE_TO_SELLER")) {
                    EscrowRecord undisputed = r.withDisputed(false);
                    return undisputed.releasable() ? undisputed.releasedAt(now) : undisputed;
                }
                if (resolution.equals("REFUND_TO_BUYER")) {
                    return returnToBuyer(r, eventHash, now).withDisputed(false);
                }
                LOG.log(System.Logger.Level.WARNING, "order event {0} has resolution ''{1}''; expected RELEASE_TO_SELLER or REFUND_TO_BUYER",
                        event.eventId(), resolution);
                return r;
            }
            case CANCELLED -> {
                return returnToBuyer(r, eventHash, now);
            }
            default -> {
                return r;
            }
        }
    }

    private static EscrowRecord returnToBuyer(EscrowRecord r, String eventHash, Instant now) {
        if (r.isReleased()) {
            LOG.log(System.Logger.Level.WARNING, "payment {0} was already released to the seller; it cannot be returned from escrow", r.reference());
            return r;
        }
        if (r.phase() != EscrowRecord.Phase.AUTHORIZED) {
            return r;
        }
        if (r.captured() > r.refunded()) {
            long amount = r.captured() - r.refunded();
            return r.withProgress(r.captured(), r.captured(), true, r.securedAt())
                    .plus(new Txn(TransactionType.REFUND, TransactionStatus.SUCCEEDED, amount, eventHash, Optional.empty(), now));
        }
        if (r.captured() == 0) {
            return r.withPhase(EscrowRecord.Phase.VOIDED).withProgress(0, 0, true, r.securedAt())
                    .plus(new Txn(TransactionType.VOID, TransactionStatus.SUCCEEDED, r.authorized(), eventHash, Optional.empty(), now));
        }
        return r.withProgress(r.captured(), r.refunded(), true, r.securedAt());
    }

    // ---- rules ----

    private static Optional<Reason> refusal(AuthorizeRequest request, EscrowSettings settings) {
        Money amount = request.amount();
        if (request.method().type() != PaymentMethodType.ESCROW) {
            return Optional.of(Reason.of("PAYMENT_METHOD_NOT_SUPPORTED", "the escrow takes ESCROW payments, not " + request.method().type()));
        }
        if (!settings.currencies().contains(amount.currency())) {
            return Optional.of(Reason.of("CURRENCY_NOT_SUPPORTED", amount.currency() + " is not held; accepted: "
                    + settings.currencies().stream().map(CurrencyCode::code).sorted().toList()));
        }
        if (amount.amount().compareTo(settings.minAmount()) < 0) {
            return Optional.of(Reason.of("AMOUNT_BELOW_MINIMUM", amount + " is below the minimum of " + settings.minAmount().toPlainString()
                    + " " + amount.currency()));
        }
        if (amount.amount().compareTo(settings.maxAmount()) > 0) {
            return Optional.of(Reason.of("AMOUNT_ABOVE_MAXIMUM", amount + " is above the maximum of " + settings.maxAmount().toPlainString()
                    + " " + amount.currency()));
        }
        return Optional.empty();
    }

    private static EscrowLedger.Decision decideCapture(EscrowRecord r, Optional<Money> requested, String keyHash, Instant now) {
        long remaining = r.authorized() - r.captured();
        long amount = requested.map(Money::minorUnits).orElse(remaining);
        Reason refusal = null;
        if (r.isReleased()) {
            refusal = released(r);
        } else if (r.phase() == EscrowRecord.Phase.DECLINED) {
            refusal = Reason.of("NOT_AUTHORIZED", "the deposit was declined; nothing can be captured");
        } else if (r.phase() == EscrowRecord.Phase.VOIDED) {
            refusal = Reason.of("AUTHORIZATION_VOIDED", "the deposit was returned to the buyer");
        } else if (r.closed() && r.captured() < r.authorized()) {
            refusal = Reason.of("AUTHORIZATION_CLOSED", "a refund or cancellation closed the escrow to further captures");
        } else if (requested.isPresent() && !requested.get().currency().equals(r.currency())) {
            refusal = Reason.of("CURRENCY_MISMATCH", "the payment is in " + r.currency() + ", not " + requested.get().currency());
        } else if (remaining == 0) {
            refusal = Reason.of("ALREADY_CAPTURED", "the whole deposit of " + r.money(r.authorized()) + " was captured");
        } else if (amount > remaining) {
            refusal = Reason.of("AMOUNT_EXCEEDS_AUTHORIZED", r.money(amount) + " is more than the " + r.money(remaining) + " that remains in escrow");
        }
        if (refusal != null) {
            return declinedTxn(r, TransactionType.CAPTURE, amount, keyHash, refusal, now);
        }
        long captured = r.captured() + amount;
        EscrowRecord next = r.withProgress(captured, r.refunded(), captured == r.authorized(), Optional.of(r.securedAt().orElse(now)));
        return EscrowLedger.Decision.apply(next, new Txn(TransactionType.CAPTURE, TransactionStatus.SUCCEEDED, amount, keyHash, Optional.empty(), now));
    }

    private static EscrowLedger.Decision decideVoid(EscrowRecord r, Optional<Money> requested, String keyHash, Instant now) {
        if (requested.isPresent()) {
            return declinedTxn(r, TransactionType.VOID, requested.get().minorUnits(), keyHash,
                    Reason.of("PARTIAL_VOID_NOT_SUPPORTED", "a void returns the whole deposit; give no amount"), now);
        }
        return switch (r.phase()) {
            case VOIDED -> EscrowLedger.Decision.apply(r, new Txn(TransactionType.VOID, TransactionStatus.SUCCEEDED, r.authorized(), keyHash,
                    Optional.empty(), now));
            case DECLINED -> declinedTxn(r, TransactionType.VOID, 0, keyHash,
                    Reason.of("NOT_AUTHORIZED", "the deposit was declined; there is nothing to void"), now);
            case AUTHORIZED -> r.captured() > 0
                    ? declinedTxn(r, TransactionType.VOID, r.authorized() - r.captured(), keyHash,
                    Reason.of("ALREADY_CAPTURED", r.money(r.captured()) + " was secured for the seller; refund it instead of voiding"), now)
                    : EscrowLedger.Decision.apply(r.withPhase(EscrowRecord.Phase.VOIDED).withProgress(0, 0, true, r.securedAt()),
                    new Txn(TransactionType.VOID, TransactionStatus.SUCCEEDED, r.authorized(), keyHash, Optional.empty(), now));
        };
    }

    private static EscrowLedger.Decision decideRefund(EscrowRecord r, Optional<Money> requested, String keyHash, Instant now) {
        long refundable = r.captured() - r.refunded();
        long amount = requested.map(Money::minorUnits).orElse(refundable);
        Reason refusal = null;
        if (r.isReleased()) {
            refusal = released(r);
        } else if (r.phase() != EscrowRecord.Phase.AUTHORIZED || r.captured() == 0) {
            refusal = Reason.of("NOTHING_CAPTURED", "nothing was captured, so nothing can be refunded; void the deposit instead");
        } else if (requested.isPresent() && !requested.get().currency().equals(r.currency())) {
            refusal = Reason.of("CURRENCY_MISMATCH", "the payment is in " + r.currency() + ", not " + requested.get().currency());
        } else if (refundable == 0) {
            refusal = Reason.of("ALREADY_REFUNDED", "the whole captured " + r.money(r.captured()) + " was refunded");
        } else if (amount > refundable) {
            refusal = Reason.of("AMOUNT_EXCEEDS_REFUNDABLE", r.money(amount) + " is more than the " + r.money(refundable)
                    + " captured and not yet refunded");
        }
        if (refusal != null) {
            return declinedTxn(r, TransactionType.REFUND, amount, keyHash, refusal, now);
        }
        EscrowRecord next = r.withProgress(r.captured(), r.refunded() + amount, true, r.securedAt());
        return EscrowLedger.Decision.apply(next, new Txn(TransactionType.REFUND, TransactionStatus.SUCCEEDED, amount, keyHash, Optional.empty(), now));
    }

    private static Reason released(EscrowRecord r) {
        return Reason.of("ALREADY_RELEASED_TO_SELLER", r.money(r.released()) + " was released to the seller at " + r.releasedAt().orElseThrow()
                + "; the escrow holds nothing to return");
    }

    private static EscrowLedger.Decision declinedTxn(EscrowRecord r, TransactionType type, long amount, String keyHash, Reason reason, Instant now) {
        Txn txn = new Txn(type, TransactionStatus.DECLINED, Math.max(0, amount), keyHash, Optional.of(reason), now);
        return r.txns().size() >= EscrowLedger.MAX_OPERATIONS ? EscrowLedger.Decision.refuse(r, txn) : EscrowLedger.Decision.apply(r, txn);
    }

    static List<PaymentEvent> events(EscrowRecord r) {
        List<PaymentEvent> events = new ArrayList<>();
        for (int i = 0; i < r.txns().size(); i++) {
            Txn t = r.txns().get(i);
            PaymentEventType type = switch (t.type()) {
                case AUTHORIZE -> t.status() == TransactionStatus.SUCCEEDED ? PaymentEventType.AUTHORIZED : PaymentEventType.AUTHORIZATION_FAILED;
                case CAPTURE -> t.status() == TransactionStatus.SUCCEEDED ? PaymentEventType.CAPTURED : null;
                case VOID -> t.status() == TransactionStatus.SUCCEEDED ? PaymentEventType.VOIDED : null;
                case REFUND -> t.status() == TransactionStatus.SUCCEEDED ? PaymentEventType.REFUNDED : null;
            };
            if (type != null) {
                events.add(new PaymentEvent(r.reference() + "-" + (i + 1), type, r.reference(), r.money(t.amount()), t.at()));
            }
        }
        r.releasedAt().ifPresent(at -> events.add(new PaymentEvent(r.reference() + "-released", PaymentEventType.RELEASED_TO_SELLER,
                r.reference(), r.money(r.released()), at)));
        return List.copyOf(events);
    }

    // ---- plumbing ----

    @FunctionalInterface
    private interface Rule {
        EscrowLedger.Decision decide(EscrowRecord record, String keyHash, Instant now);
    }

    private PaymentResult mutate(TransactionType type, PaymentOperation operation, PluginContext context, Rule rule) {
        String keyHash = keyHash(context, type.name().toLowerCase(java.util.Locale.ROOT));
        EscrowSettings settings = EscrowSettings.from(context.config());
        Instant now = context.clock().instant();
        String reference = operation.providerReference();
        Money requested = operation.amount().orElseGet(() -> Money.zero(defaultCurrency(settings)));
        EscrowLedger ledger = new EscrowLedger(context.store());
        String fingerprint = Hashing.sha256Hex(String.join("\n", type.name(), reference,
                operation.amount().map(m -> m.minorUnits() + " " + m.currency().code()).orElse("*")));
        if (!ledger.claim(keyHash, fingerprint)) {
            return PaymentResult.declined(type, reference, requested, keyReused());
        }
        Optional<EscrowLedger.Outcome> outcome = REFERENCE.matcher(reference).matches()
                ? ledger.update(reference, keyHash, now, r -> r.txns().size() >= EscrowLedger.MAX_OPERATIONS
                ? EscrowLedger.Decision.refuse(r, new Txn(type, TransactionStatus.DECLINED, requested.minorUnits(), keyHash,
                Optional.of(Reason.of("TOO_MANY_OPERATIONS", "an escrow payment takes at most " + EscrowLedger.MAX_OPERATIONS + " operations")), now))
                : rule.decide(r, keyHash, now))
                : Optional.empty();
        return outcome.map(o -> result(reference, o.record().currency(), o.txn()))
                .orElseGet(() -> PaymentResult.declined(type, reference, requested,
                        Reason.of("PAYMENT_NOT_FOUND", "the escrow holds no payment " + abbreviate(reference) + " for this tenant")));
    }

    private static Optional<EscrowRecord> find(String reference, PluginContext context) {
        return REFERENCE.matcher(reference).matches()
                ? new EscrowLedger(context.store()).find(reference, context.clock().instant())
                : Optional.empty();
    }

    private static PaymentResult result(String reference, CurrencyCode currency, Txn txn) {
        return new PaymentResult(txn.type(), txn.status(), reference, new Money(txn.amount(), currency), txn.reason());
    }

    private static Reason keyReused() {
        return Reason.of("IDEMPOTENCY_KEY_REUSED", "this idempotency key was already used for a different request; use a new key");
    }

    private static String keyHash(PluginContext context, String operation) {
        IdempotencyKey key = context.idempotencyKey().orElseThrow(() -> new IllegalArgumentException(
                operation + " moves money and needs an idempotency key in its context; the caller must pass one"));
        return Hashing.sha256Hex(key.value());
    }

    private static CurrencyCode defaultCurrency(EscrowSettings settings) {
        return settings.currencies().stream().min((a, b) -> a.code().compareTo(b.code())).orElse(CurrencyCode.of("EUR"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
