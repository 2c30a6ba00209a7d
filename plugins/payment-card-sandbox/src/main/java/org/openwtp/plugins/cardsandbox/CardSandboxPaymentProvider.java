package org.openwtp.plugins.cardsandbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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
 * A card acquirer sandbox: the documented {@link TestCard}s approve, decline, fail, stay pending or
 * time out after charging; other numbers are checked with Luhn and their expiry against the call's
 * clock. Authorize, capture (partial and multiple), void, refund (partial) and retrieve keep their state
 * in the tenant's key-value store (see {@link PaymentLedger}); every mutating call needs an idempotency
 * key. Webhooks are verified with {@link SandboxWebhookSigner}.
 *
 * <p>Provider references are {@code sbx_} and 32 hex digits derived from the core's payment id, so a
 * retried authorization of the same payment never reserves twice. Thread-safe and stateless: all
 * state lives in the context's store.
 */
@Extension
public final class CardSandboxPaymentProvider implements PaymentProvider {

    private static final Pattern REFERENCE = Pattern.compile("sbx_[0-9a-f]{32}");
    private static final int MAX_WEBHOOK_BYTES = 64 * 1024;

    /** Creates the extension; it keeps no state of its own. */
    public CardSandboxPaymentProvider() {
    }

    @Override
    public PaymentProviderProfile profile() {
        return new PaymentProviderProfile("Card sandbox", SandboxSettings.SUPPORTED_CURRENCIES, Set.of(PaymentMethodType.CARD), true, true);
    }

    @Override
    public List<ConfigField> configFields() {
        return SandboxSettings.fields();
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return SandboxSettings.problems(config);
    }

    /**
     * The provider reference the sandbox assigns to a payment of the core.
     *
     * @param paymentId the core's payment id
     * @return {@code sbx_} and 32 hex digits
     */
    public static String referenceFor(String paymentId) {
        return "sbx_" + Hashing.sha256Hex(paymentId).substring(0, 32);
    }

    @Override
    public PaymentResult authorize(AuthorizeRequest request, PluginContext context) {
        String keyHash = keyHash(context, "authorize");
        SandboxSettings settings = SandboxSettings.from(context.config());
        Instant now = context.clock().instant();
        Map<String, String> card = request.method().details();
        String reference = referenceFor(request.paymentId());
        Money amount = request.amount();
        String fingerprint = Hashing.sha256Hex(String.join("\n", "authorize", request.paymentId(), request.orderReference(),
                Long.toString(amount.minorUnits()), amount.currency().code(), request.method().type().name(),
                Hashing.sha256Hex(String.valueOf(card.get("number"))), String.valueOf(card.get("expiry"))));
        PaymentLedger ledger = new PaymentLedger(context.store());
        if (!ledger.claim(keyHash, fingerprint)) {
            return PaymentResult.declined(TransactionType.AUTHORIZE, reference, amount, keyReused());
        }
        Judgement j = judge(request, settings, now);
        boolean declined = j.phase() == PaymentRecord.Phase.DECLINED;
        Instant settleAt = j.phase() == PaymentRecord.Phase.PENDING ? now.plus(settings.pendingSettlement()) : now;
        Txn txn = new Txn(TransactionType.AUTHORIZE, j.status(), amount.minorUnits(), keyHash, j.reason(), now);
        PaymentRecord fresh = new PaymentRecord(reference, request.paymentId(), request.orderReference(), amount.currency(), j.phase(),
                declined ? 0 : amount.minorUnits(), 0, 0, declined, now, settleAt, settleAt.plus(settings.authorizationValidity()),
                j.behaviour(), j.brand(), j.last4(), fingerprint, List.of(txn));
        PaymentLedger.Outcome outcome = ledger.create(fresh, keyHash, now, existing -> {
            if (existing.requestFingerprint().equals(fingerprint) && existing.lastAuthorization().isPresent()) {
                return PaymentLedger.Decision.refuse(existing, existing.lastAuthorization().get());
            }
            if (existing.phase() == PaymentRecord.Phase.DECLINED) {
                return new PaymentLedger.Decision(fresh.withHistory(existing.txns()), txn, true);
            }
            return PaymentLedger.Decision.refuse(existing, new Txn(TransactionType.AUTHORIZE, TransactionStatus.DECLINED, amount.minorUnits(),
                    keyHash, Optional.of(Reason.of("PAYMENT_ID_REUSED", "payment " + request.paymentId()
                    + " was already authorised with other details; use a new payment id for a new payment")), now));
        });
        PaymentResult result = result(outcome.record().reference(), amount.currency(), outcome.txn());
        if (outcome.written() && result.succeeded() && outcome.record().behaviour() == CardBehaviour.TIMEOUT_AFTER_AUTHORIZE) {
            return timedOut(result);
        }
        return result;
    }

    @Override
    public PaymentResult capture(PaymentOperation operation, PluginContext context) {
        String keyHash = keyHash(context, "capture");
        SandboxSettings settings = SandboxSettings.from(context.config());
        Instant now = context.clock().instant();
        Optional<PaymentLedger.Outcome> outcome = mutate(TransactionType.CAPTURE, operation, keyHash, now, context,
                r -> decideCapture(r, operation.amount(), settings, keyHash, now));
        if (outcome.isEmpty()) {
            return notFoundOrReused(TransactionType.CAPTURE, operation, keyHash, settings, context);
        }
        PaymentResult result = result(operation.providerReference(), outcome.get().record().currency(), outcome.get().txn());
        if (outcome.get().written() && result.succeeded() && outcome.get().record().behaviour() == CardBehaviour.TIMEOUT_AFTER_CAPTURE) {
            return timedOut(result);
        }
        return result;
    }

    @Override
    public PaymentResult voidAuthorization(PaymentOperation operation, PluginContext context) {
        String keyHash = keyHash(context, "void");
        SandboxSettings settings = SandboxSettings.from(context.config());
        Instant now = context.clock().instant();
        Optional<PaymentLedger.Outcome> outcome = mutate(TransactionType.VOID, operation, keyHash, now, context,
                r -> decideVoid(r, operation.amount(), keyHash, now));
        return outcome.map(o -> result(operation.providerReference(), o.record().currency(), o.txn()))
                .orElseGet(() -> notFoundOrReused(TransactionType.VOID, operation, keyHash, settings, context));
    }

    @Override
    public PaymentResult refund(PaymentOperation operation, PluginContext context) {
        String keyHash = keyHash(context, "refund");
        SandboxSettings settings = SandboxSettings.from(context.config());
        Instant now = context.clock().instant();
        Optional<PaymentLedger.Outcome> outcome = mutate(TransactionType.REFUND, operation, keyHash, now, context,
                r -> decideRefund(r, operation.amount(), keyHash, now));
        return outcome.map(o -> result(operation.providerReference(), o.record().currency(), o.txn()))
                .orElseGet(() -> notFoundOrReused(TransactionType.REFUND, operation, keyHash, settings, context));
    }

    @Override
    public PaymentSnapshot retrieve(String providerReference, PluginContext context) {
        Optional<PaymentRecord> record = REFERENCE.matcher(providerReference).matches()
                ? new PaymentLedger(context.store()).find(providerReference, context.clock().instant())
                : Optional.empty();
        if (record.isEmpty()) {
            Money zero = Money.zero(defaultCurrency(SandboxSettings.from(context.config())));
            return new PaymentSnapshot(providerReference, PaymentState.NOT_FOUND, zero, zero, zero);
        }
        return record.get().snapshot();
    }

    @Override
    public WebhookResult<PaymentEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        SandboxSettings settings = SandboxSettings.from(context.config());
        if (settings.webhookSecret().isEmpty()) {
            return WebhookResult.rejected(Reason.of("WEBHOOK_SECRET_NOT_CONFIGURED", "set webhookSecret for this tenant to receive webhooks"));
        }
        byte[] body = webhook.body();
        if (body.length > MAX_WEBHOOK_BYTES) {
            return WebhookResult.rejected(Reason.of("PAYLOAD_TOO_LARGE", "a sandbox webhook body is at most " + MAX_WEBHOOK_BYTES + " bytes"));
        }
        Optional<Reason> rejection = SandboxWebhookSigner.verify(settings.webhookSecret().get(),
                webhook.header(SandboxWebhookSigner.SIGNATURE_HEADER).orElse(null), body, context.clock().instant(), settings.webhookTolerance());
        if (rejection.isPresent()) {
            return WebhookResult.rejected(rejection.get());
        }
        Optional<Map<String, String>> fields = FormBody.parse(body);
        if (fields.isEmpty()) {
            return malformed("the body is not application/x-www-form-urlencoded UTF-8 text");
        }
        Map<String, String> f = fields.get();
        for (String name : List.of("id", "type", "reference", "amount", "currency", "occurredAt")) {
            if (f.getOrDefault(name, "").isBlank()) {
                return malformed("the body has no '" + name + "'");
            }
        }
        PaymentEventType type;
        try {
            type = PaymentEventType.valueOf(f.get("type"));
        } catch (IllegalArgumentException e) {
            return WebhookResult.verified(List.of()); // an event type this version does not know: acknowledged, ignored
        }
        try {
            Money amount = new Money(Long.parseLong(f.get("amount")), CurrencyCode.of(f.get("currency")));
            if (amount.isNegative()) {
                return malformed("'amount' must not be negative");
            }
            PaymentEvent event = new PaymentEvent(f.get("id"), type, f.get("reference"), amount, Instant.parse(f.get("occurredAt")));
            String paymentId = f.getOrDefault("paymentId", "");
            return WebhookResult.verified(List.of(paymentId.isBlank() ? event : event.withPaymentId(paymentId)));
        } catch (NumberFormatException e) {
            return malformed("'amount' must be a whole number of minor units");
        } catch (DateTimeParseException e) {
            return malformed("'occurredAt' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        } catch (IllegalArgumentException e) {
            return malformed("'currency' must be an ISO 4217 code");
        }
    }

    private record Judgement(PaymentRecord.Phase phase, TransactionStatus status, Optional<Reason> reason, CardBehaviour behaviour,
                             String brand, String last4) {
    }

    private static Judgement judge(AuthorizeRequest request, SandboxSettings settings, Instant now) {
        Money amount = request.amount();
        if (request.method().type() != PaymentMethodType.CARD) {
            return refused("PAYMENT_METHOD_NOT_SUPPORTED", "the card sandbox takes CARD payments, not " + request.method().type());
        }
        if (!settings.currencies().contains(amount.currency())) {
            return refused("CURRENCY_NOT_SUPPORTED", amount.currency() + " is not accepted; accepted: "
                    + settings.currencies().stream().map(CurrencyCode::code).sorted().toList());
        }
        if (amount.amount().compareTo(settings.minAmount()) < 0) {
            return refused("AMOUNT_BELOW_MINIMUM", amount + " is below the minimum of " + settings.minAmount().toPlainString() + " " + amount.currency());
        }
        if (amount.amount().compareTo(settings.maxAmount()) > 0) {
            return refused("AMOUNT_ABOVE_MAXIMUM", amount + " is above the maximum of " + settings.maxAmount().toPlainString() + " " + amount.currency());
        }
        Map<String, String> card = request.method().details();
        Optional<CardNumber> number = CardNumber.parse(card.get("number"));
        if (number.isEmpty()) {
            return refused("INVALID_CARD_NUMBER", "the card number is not 12 to 19 digits with a valid Luhn check digit");
        }
        Optional<CardExpiry> expiry = CardExpiry.parse(card.get("expiry"));
        if (expiry.isEmpty()) {
            return refused("INVALID_EXPIRY", "the expiry must be MM/YY, e.g. 12/29", number.get());
        }
        if (expiry.get().isExpiredAt(now)) {
            return refused("EXPIRED_CARD", "the card expired at the end of " + expiry.get().month(), number.get());
        }
        String cvc = card.get("cvc");
        if (cvc != null && !cvc.matches("[0-9]{3,4}")) {
            return refused("INVALID_CVC", "the security code must be 3 or 4 digits", number.get());
        }
        Optional<TestCard> testCard = TestCard.find(number.get());
        if (testCard.isEmpty() && !settings.approveUnknownCards()) {
            return refused("UNKNOWN_TEST_CARD", "this sandbox accepts only its documented test cards", number.get());
        }
        CardBehaviour behaviour = testCard.map(TestCard::behaviour).orElse(CardBehaviour.APPROVE);
        String brand = number.get().brand();
        String last4 = number.get().last4();
        return switch (behaviour) {
            case DECLINE_GENERIC -> declinedBy(behaviour, number.get(), "CARD_DECLINED", "the issuer declined the card");
            case DECLINE_INSUFFICIENT_FUNDS -> declinedBy(behaviour, number.get(), "INSUFFICIENT_FUNDS", "the card has insufficient funds");
            case DECLINE_STOLEN -> declinedBy(behaviour, number.get(), "STOLEN_CARD", "the card was reported stolen");
            case PROCESSING_ERROR -> new Judgement(PaymentRecord.Phase.DECLINED, TransactionStatus.FAILED,
                    Optional.of(Reason.of("PROCESSING_ERROR", "the acquirer had a processing error; nothing was reserved, try again")),
                    behaviour, brand, last4);
            case PENDING_THEN_APPROVE -> new Judgement(PaymentRecord.Phase.PENDING, TransactionStatus.PENDING,
                    Optional.of(Reason.of("AWAITING_ISSUER", "the issuer has not answered yet; retrieve the payment later")),
                    behaviour, brand, last4);
            default -> new Judgement(PaymentRecord.Phase.AUTHORIZED, TransactionStatus.SUCCEEDED, Optional.empty(), behaviour, brand, last4);
        };
    }

    private static Judgement refused(String code, String message) {
        return new Judgement(PaymentRecord.Phase.DECLINED, TransactionStatus.DECLINED, Optional.of(Reason.of(code, message)),
                CardBehaviour.APPROVE, "", "");
    }

    private static Judgement refused(String code, String message, CardNumber number) {
        return declinedBy(CardBehaviour.APPROVE, number, code, message);
    }

    private static Judgement declinedBy(CardBehaviour behaviour, CardNumber number, String code, String message) {
        return new Judgement(PaymentRecord.Phase.DECLINED, TransactionStatus.DECLINED, Optional.of(Reason.of(code, message)),
                behaviour, number.brand(), number.last4());
    }

    private static PaymentLedger.Decision decideCapture(PaymentRecord r, Optional<Money> requested, SandboxSettings settings,
                                                        String keyHash, Instant now) {
        long remaining = r.authorized() - r.captured();
        long amount = requested.map(Money::minorUnits).orElse(remaining);
        Optional<Reason> refusal = notCapturable(r, now);
        if (refusal.isEmpty() && requested.isPresent() && !requested.get().currency().equals(r.currency())) {
            refusal = Optional.of(Reason.of("CURRENCY_MISMATCH", "the payment is in " + r.currency() + ", not " + requested.get().currency()));
        } else if (refusal.isEmpty() && remaining == 0) {
            refusal = Optional.of(Reason.of("ALREADY_CAPTURED", "the whole authorised " + r.money(r.authorized()) + " was captured"));
        } else if (refusal.isEmpty() && amount > remaining) {
            refusal = Optional.of(Reason.of("AMOUNT_EXCEEDS_AUTHORIZED", r.money(amount) + " is more than the " + r.money(remaining)
                    + " that remains authorised"));
        } else if (refusal.isEmpty() && amount < remaining && !settings.partialCapture()) {
            refusal = Optional.of(Reason.of("PARTIAL_CAPTURE_NOT_ALLOWED", "capture the whole " + r.money(remaining)
                    + "; partial captures are switched off for this tenant"));
        }
        if (refusal.isPresent()) {
            return declinedTxn(r, TransactionType.CAPTURE, amount, keyHash, refusal.get(), now);
        }
        long captured = r.captured() + amount;
        PaymentRecord next = r.withProgress(captured, r.refunded(), captured == r.authorized() || !settings.multipleCaptures());
        return PaymentLedger.Decision.apply(next, new Txn(TransactionType.CAPTURE, TransactionStatus.SUCCEEDED, amount, keyHash, Optional.empty(), now));
    }

    private static Optional<Reason> notCapturable(PaymentRecord r, Instant now) {
        return switch (r.phase()) {
            case PENDING -> Optional.of(Reason.of("AUTHORIZATION_PENDING", "the authorization has not settled yet; retrieve it and try later"));
            case DECLINED -> Optional.of(Reason.of("NOT_AUTHORIZED", "the authorization was declined; nothing can be captured"));
            case VOIDED -> Optional.of(!now.isBefore(r.expiresAt()) && r.txns().stream().noneMatch(t -> t.type() == TransactionType.VOID
                    && t.status() == TransactionStatus.SUCCEEDED)
                    ? Reason.of("AUTHORIZATION_EXPIRED", "the authorization lapsed at " + r.expiresAt())
                    : Reason.of("AUTHORIZATION_VOIDED", "the authorization was voided"));
            case AUTHORIZED -> r.closed() && r.captured() < r.authorized()
                    ? Optional.of(Reason.of("AUTHORIZATION_CLOSED", r.refunded() > 0 ? "a refund closed the authorization to further captures"
                    : !now.isBefore(r.expiresAt()) ? "the authorization lapsed at " + r.expiresAt()
                    : "the authorization was captured once and this tenant allows a single capture"))
                    : Optional.empty();
        };
    }

    private static PaymentLedger.Decision decideVoid(PaymentRecord r, Optional<Money> requested, String keyHash, Instant now) {
        long open = r.authorized() - r.captured();
        if (requested.isPresent()) {
            return declinedTxn(r, TransactionType.VOID, requested.get().minorUnits(), keyHash,
                    Reason.of("PARTIAL_VOID_NOT_SUPPORTED", "a void releases the whole authorization; give no amount"), now);
        }
        return switch (r.phase()) {
            case VOIDED -> PaymentLedger.Decision.apply(r, new Txn(TransactionType.VOID, TransactionStatus.SUCCEEDED, r.authorized(), keyHash,
                    Optional.empty(), now));
            case DECLINED -> declinedTxn(r, TransactionType.VOID, 0, keyHash,
                    Reason.of("NOT_AUTHORIZED", "the authorization was declined; there is nothing to void"), now);
            case PENDING, AUTHORIZED -> r.captured() > 0
                    ? declinedTxn(r, TransactionType.VOID, open, keyHash,
                    Reason.of("ALREADY_CAPTURED", r.money(r.captured()) + " was captured; refund it instead of voiding"), now)
                    : PaymentLedger.Decision.apply(r.withPhase(PaymentRecord.Phase.VOIDED).withProgress(0, 0, true),
                    new Txn(TransactionType.VOID, TransactionStatus.SUCCEEDED, r.authorized(), keyHash, Optional.empty(), now));
        };
    }

    private static PaymentLedger.Decision decideRefund(PaymentRecord r, Optional<Money> requested, String keyHash, Instant now) {
        long refundable = r.captured() - r.refunded();
        long amount = requested.map(Money::minorUnits).orElse(refundable);
        Reason refusal = null;
        if (r.phase() != PaymentRecord.Phase.AUTHORIZED || r.captured() == 0) {
            refusal = Reason.of("NOTHING_CAPTURED", "nothing was captured, so nothing can be refunded; void the authorization instead");
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
        PaymentRecord next = r.withProgress(r.captured(), r.refunded() + amount, true);
        return PaymentLedger.Decision.apply(next, new Txn(TransactionType.REFUND, TransactionStatus.SUCCEEDED, amount, keyHash, Optional.empty(), now));
    }

    private static PaymentLedger.Decision declinedTxn(PaymentRecord r, TransactionType type, long amount, String keyHash, Reason reason, Instant now) {
        Txn txn = new Txn(type, TransactionStatus.DECLINED, Math.max(0, amount), keyHash, Optional.of(reason), now);
        return r.txns().size() >= PaymentLedger.MAX_OPERATIONS ? PaymentLedger.Decision.refuse(r, txn) : PaymentLedger.Decision.apply(r, txn);
    }

    private static Optional<PaymentLedger.Outcome> mutate(TransactionType type, PaymentOperation operation, String keyHash, Instant now,
                                                          PluginContext context,
                                                          java.util.function.Function<PaymentRecord, PaymentLedger.Decision> decide) {
        String reference = operation.providerReference();
        if (!REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        PaymentLedger ledger = new PaymentLedger(context.store());
        if (!ledger.claim(keyHash, fingerprint(type, operation))) {
            return Optional.empty();
        }
        return ledger.update(reference, keyHash, now, r -> {
            if (r.txns().size() >= PaymentLedger.MAX_OPERATIONS) {
                return PaymentLedger.Decision.refuse(r, new Txn(type, TransactionStatus.DECLINED, operation.amount().map(Money::minorUnits).orElse(0L),
                        keyHash, Optional.of(Reason.of("TOO_MANY_OPERATIONS", "a sandbox payment takes at most " + PaymentLedger.MAX_OPERATIONS
                        + " operations")), now));
            }
            return decide.apply(r);
        });
    }

    private static PaymentResult notFoundOrReused(TransactionType type, PaymentOperation operation, String keyHash,
                                                  SandboxSettings settings, PluginContext context) {
        Money amount = operation.amount().orElseGet(() -> Money.zero(defaultCurrency(settings)));
        String reference = operation.providerReference();
        if (REFERENCE.matcher(reference).matches() && !new PaymentLedger(context.store()).claim(keyHash, fingerprint(type, operation))) {
            return PaymentResult.declined(type, reference, amount, keyReused());
        }
        return PaymentResult.declined(type, reference, amount,
                Reason.of("PAYMENT_NOT_FOUND", "the sandbox has no payment " + abbreviate(reference) + " for this tenant"));
    }

    private static String fingerprint(TransactionType type, PaymentOperation operation) {
        return Hashing.sha256Hex(String.join("\n", type.name(), operation.providerReference(),
                operation.amount().map(m -> m.minorUnits() + " " + m.currency().code()).orElse("*")));
    }

    private static PaymentResult result(String reference, CurrencyCode currency, Txn txn) {
        return new PaymentResult(txn.type(), txn.status(), reference, new Money(txn.amount(), currency), txn.reason());
    }

    private static PaymentResult timedOut(PaymentResult recorded) {
        return PaymentResult.of(recorded.type(), TransactionStatus.UNKNOWN, recorded.providerReference(), recorded.amount(),
                Reason.of("TIMEOUT", "the acquirer did not answer in time; the outcome is unknown, reconcile with retrieve"));
    }

    private static Reason keyReused() {
        return Reason.of("IDEMPOTENCY_KEY_REUSED", "this idempotency key was already used for a different request; use a new key");
    }

    private static WebhookResult<PaymentEvent> malformed(String message) {
        return WebhookResult.rejected(Reason.of("MALFORMED_PAYLOAD", message));
    }

    private static String keyHash(PluginContext context, String operation) {
        IdempotencyKey key = context.idempotencyKey().orElseThrow(() -> new IllegalArgumentException(
                operation + " moves money and needs an idempotency key in its context; the caller must pass one"));
        return Hashing.sha256Hex(key.value());
    }

    private static CurrencyCode defaultCurrency(SandboxSettings settings) {
        return settings.currencies().stream().min((a, b) -> a.code().compareTo(b.code())).orElse(CurrencyCode.of("EUR"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
