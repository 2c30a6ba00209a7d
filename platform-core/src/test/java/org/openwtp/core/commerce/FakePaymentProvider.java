package org.openwtp.core.commerce;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigField;
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

/**
 * A payment provider with a ledger, idempotent per key like a real acquirer, whose authorization outcome
 * is chosen by the card number: {@code 4242...} approves, {@code 0002} declines, {@code 1257} stays pending
 * until {@link #settlePending}, {@code 1265} records the authorization and then throws (the answer is lost),
 * {@code 9999} records it and then blocks past any deadline. Counts the money it really moved. Thread-safe.
 */
public final class FakePaymentProvider implements PaymentProvider {

    public static final String APPROVE = "4242424242424242";
    public static final String DECLINE = "4000000000000002";
    public static final String PENDING = "4000000000001257";
    public static final String THROW_AFTER_CHARGE = "4000000000001265";
    public static final String BLOCK_AFTER_CHARGE = "4000000000009999";

    static final class Account {
        final String currency;
        long authorized;
        long captured;
        long refunded;
        PaymentState state;

        Account(String currency, PaymentState state) {
            this.currency = currency;
            this.state = state;
        }
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, PaymentResult> byKey = new ConcurrentHashMap<>();
    public final AtomicInteger captures = new AtomicInteger();
    public final AtomicInteger refunds = new AtomicInteger();
    public final AtomicInteger voids = new AtomicInteger();
    public final AtomicInteger captureCalls = new AtomicInteger();
    /** When set, capture waits for it after moving the money and before answering (to race a webhook). */
    public volatile CountDownLatch holdCaptureAnswer;
    /** Counted down when a capture has moved the money. */
    public volatile CountDownLatch captureMoved = new CountDownLatch(1);
    /** When set, the next capture moves the money and then throws (answer lost). */
    public volatile boolean loseNextCaptureAnswer;
    private final CountDownLatch never = new CountDownLatch(1);

    public static String referenceFor(String paymentId) {
        return "fp_" + paymentId;
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public PaymentProviderProfile profile() {
        return new PaymentProviderProfile("Fake", Set.of(CurrencyCode.of("EUR"), CurrencyCode.of("USD")),
                Set.of(PaymentMethodType.CARD, PaymentMethodType.ESCROW), true, true);
    }

    @Override
    public PaymentResult authorize(AuthorizeRequest request, PluginContext context) {
        String key = context.idempotencyKey().orElseThrow(() -> new IllegalArgumentException("no idempotency key")).value();
        PaymentResult replay = byKey.get(key);
        if (replay != null) {
            return replay;
        }
        String ref = referenceFor(request.paymentId());
        String number = request.method().details().getOrDefault("number", APPROVE);
        Money amount = request.amount();
        PaymentResult result;
        switch (number) {
            case DECLINE -> {
                accounts.put(ref, new Account(amount.currency().code(), PaymentState.DECLINED));
                result = PaymentResult.declined(TransactionType.AUTHORIZE, ref, amount, Reason.of("CARD_DECLINED", "declined"));
            }
            case PENDING -> {
                Account a = new Account(amount.currency().code(), PaymentState.AUTHORIZATION_PENDING);
                a.authorized = amount.minorUnits();
                accounts.put(ref, a);
                result = PaymentResult.of(TransactionType.AUTHORIZE, TransactionStatus.PENDING, ref, amount,
                        Reason.of("AWAITING_ISSUER", "the issuer has not answered"));
            }
            default -> {
                Account a = new Account(amount.currency().code(), PaymentState.AUTHORIZED);
                a.authorized = amount.minorUnits();
                accounts.put(ref, a);
                result = PaymentResult.succeeded(TransactionType.AUTHORIZE, ref, amount);
            }
        }
        byKey.put(key, result);
        if (number.equals(THROW_AFTER_CHARGE)) {
            throw new IllegalStateException("connection reset after the charge was recorded");
        }
        if (number.equals(BLOCK_AFTER_CHARGE)) {
            await(never);
        }
        return result;
    }

    /** Ends a pending authorization as the issuer decides. */
    public void settlePending(String reference, boolean approve) {
        Account a = accounts.get(reference);
        synchronized (a) {
            a.state = approve ? PaymentState.AUTHORIZED : PaymentState.DECLINED;
            if (!approve) {
                a.authorized = 0;
            }
        }
    }

    @Override
    public PaymentResult capture(PaymentOperation operation, PluginContext context) {
        captureCalls.incrementAndGet();
        String key = context.idempotencyKey().orElseThrow().value();
        PaymentResult result;
        synchronized (this) {
            PaymentResult replay = byKey.get(key);
            if (replay != null) {
                return replay;
            }
            Account a = accounts.get(operation.providerReference());
            long amount = operation.amount().map(Money::minorUnits).orElse(a.authorized - a.captured);
            if (a.state != PaymentState.AUTHORIZED && a.state != PaymentState.PARTIALLY_CAPTURED || amount > a.authorized - a.captured) {
                result = PaymentResult.declined(TransactionType.CAPTURE, operation.providerReference(), Money.ofMinor(Math.max(amount, 1), a.currency),
                        Reason.of("NOT_CAPTURABLE", "state " + a.state));
            } else {
                a.captured += amount;
                a.state = a.captured == a.authorized ? PaymentState.CAPTURED : PaymentState.PARTIALLY_CAPTURED;
                captures.incrementAndGet();
                result = PaymentResult.succeeded(TransactionType.CAPTURE, operation.providerReference(), Money.ofMinor(amount, a.currency));
            }
            byKey.put(key, result);
        }
        captureMoved.countDown();
        if (loseNextCaptureAnswer) {
            loseNextCaptureAnswer = false;
            throw new IllegalStateException("timeout after the capture was recorded");
        }
        CountDownLatch hold = holdCaptureAnswer;
        if (hold != null) {
            await(hold);
        }
        return result;
    }

    @Override
    public synchronized PaymentResult voidAuthorization(PaymentOperation operation, PluginContext context) {
        String key = context.idempotencyKey().orElseThrow().value();
        return byKey.computeIfAbsent(key, k -> {
            Account a = accounts.get(operation.providerReference());
            if (a.captured > 0) {
                return PaymentResult.declined(TransactionType.VOID, operation.providerReference(), Money.ofMinor(1, a.currency),
                        Reason.of("ALREADY_CAPTURED", "refund instead"));
            }
            a.state = PaymentState.VOIDED;
            voids.incrementAndGet();
            return PaymentResult.succeeded(TransactionType.VOID, operation.providerReference(), Money.ofMinor(Math.max(1, a.authorized), a.currency));
        });
    }

    @Override
    public synchronized PaymentResult refund(PaymentOperation operation, PluginContext context) {
        String key = context.idempotencyKey().orElseThrow().value();
        return byKey.computeIfAbsent(key, k -> {
            Account a = accounts.get(operation.providerReference());
            long amount = operation.amount().map(Money::minorUnits).orElse(a.captured - a.refunded);
            if (amount > a.captured - a.refunded) {
                return PaymentResult.declined(TransactionType.REFUND, operation.providerReference(), Money.ofMinor(amount, a.currency),
                        Reason.of("AMOUNT_EXCEEDS_REFUNDABLE", "too much"));
            }
            a.refunded += amount;
            if (a.refunded == a.captured) {
                a.state = PaymentState.REFUNDED;
            }
            refunds.incrementAndGet();
            return PaymentResult.succeeded(TransactionType.REFUND, operation.providerReference(), Money.ofMinor(amount, a.currency));
        });
    }

    @Override
    public PaymentSnapshot retrieve(String providerReference, PluginContext context) {
        Account a = accounts.get(providerReference);
        if (a == null) {
            return new PaymentSnapshot(providerReference, PaymentState.NOT_FOUND, Money.zero(CurrencyCode.of("EUR")),
                    Money.zero(CurrencyCode.of("EUR")), Money.zero(CurrencyCode.of("EUR")));
        }
        synchronized (a) {
            return new PaymentSnapshot(providerReference, a.state, Money.ofMinor(a.authorized, a.currency),
                    Money.ofMinor(a.captured, a.currency), Money.ofMinor(a.refunded, a.currency));
        }
    }

    /** Body {@code id=..&type=..&ref=..&amount=..&currency=..}, header {@code x-fake-signature: valid}. */
    @Override
    public WebhookResult<PaymentEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        if (!webhook.header("x-fake-signature").orElse("").equals("valid")) {
            return WebhookResult.rejected(Reason.of("BAD_SIGNATURE", "the signature does not match"));
        }
        Map<String, String> f = new HashMap<>();
        for (String pair : new String(webhook.body(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            f.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        PaymentEvent event = new PaymentEvent(f.get("id"), PaymentEventType.valueOf(f.get("type")), f.get("ref"),
                Money.ofMinor(Long.parseLong(f.get("amount")), f.get("currency")), Instant.parse("2030-01-01T00:00:00Z"));
        return WebhookResult.verified(List.of(f.containsKey("payment") ? event.withPaymentId(f.get("payment")) : event));
    }

    public static byte[] webhookBody(String eventId, PaymentEventType type, String reference, long amount, String currency) {
        return ("id=" + eventId + "&type=" + type + "&ref=" + reference + "&amount=" + amount + "&currency=" + currency)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A webhook body that also echoes the core's payment id, as providers keeping it as merchant reference do. */
    public static byte[] webhookBody(String eventId, PaymentEventType type, String reference, long amount, String currency, String paymentId) {
        return (new String(webhookBody(eventId, type, reference, amount, currency), StandardCharsets.UTF_8) + "&payment=" + paymentId)
                .getBytes(StandardCharsets.UTF_8);
    }

    public Optional<Account> account(String ref) {
        return Optional.ofNullable(accounts.get(ref));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
