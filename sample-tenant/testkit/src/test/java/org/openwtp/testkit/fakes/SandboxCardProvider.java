package org.openwtp.testkit.fakes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
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
import org.openwtp.testkit.TestWebhooks;

/**
 * A tiny, correct card sandbox: Luhn-checked numbers, test cards ending 0002 (declined) and 9995
 * (insufficient funds), partial capture and refund, idempotency keys and HMAC-signed webhooks. Its
 * state lives in the context's store. Thread-safe (every operation is synchronized).
 */
public class SandboxCardProvider implements PaymentProvider {
    /** The header carrying the hex HMAC-SHA256 of the body. */
    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"([^\"]*)\"");

    @Override
    public List<ConfigField> configFields() {
        return List.of(ConfigField.required("webhookSecret", ConfigFieldType.SECRET, "shared secret the sandbox signs webhooks with"));
    }

    @Override
    public PaymentProviderProfile profile() {
        return new PaymentProviderProfile("Card sandbox", Set.of(CurrencyCode.of("EUR"), CurrencyCode.of("RUB"), CurrencyCode.of("CNY")),
                Set.of(PaymentMethodType.CARD), true, true);
    }

    @Override
    public synchronized PaymentResult authorize(AuthorizeRequest request, PluginContext context) {
        return once(context, "authorize", () -> {
            String number = request.method().details().getOrDefault("number", "");
            if (!luhnValid(number)) {
                return PaymentResult.declined(TransactionType.AUTHORIZE, "", request.amount(), Reason.of("INVALID_CARD_NUMBER", "the card number fails the Luhn check"));
            }
            if (number.endsWith("0002")) {
                return PaymentResult.declined(TransactionType.AUTHORIZE, "", request.amount(), Reason.of("CARD_DECLINED", "the issuer declined the card"));
            }
            if (number.endsWith("9995")) {
                return PaymentResult.declined(TransactionType.AUTHORIZE, "", request.amount(), Reason.of("INSUFFICIENT_FUNDS", "the card has insufficient funds"));
            }
            long seq = context.store().get("seq").map(Long::parseLong).orElse(0L) + 1;
            context.store().put("seq", Long.toString(seq));
            String reference = "pay_" + seq;
            Money zero = Money.zero(request.amount().currency());
            save(context.store(), new PaymentSnapshot(reference, PaymentState.AUTHORIZED, request.amount(), zero, zero));
            return PaymentResult.succeeded(TransactionType.AUTHORIZE, reference, request.amount());
        });
    }

    @Override
    public synchronized PaymentResult capture(PaymentOperation operation, PluginContext context) {
        return once(context, "capture", () -> {
            Optional<PaymentSnapshot> found = load(context.store(), operation.providerReference());
            if (found.isEmpty()) {
                return notFound(TransactionType.CAPTURE, operation);
            }
            PaymentSnapshot p = found.get();
            Money remaining = p.authorized().minus(p.captured());
            Money amount = operation.amount().orElse(remaining);
            if (p.state() != PaymentState.AUTHORIZED && p.state() != PaymentState.PARTIALLY_CAPTURED) {
                return PaymentResult.declined(TransactionType.CAPTURE, p.providerReference(), amount, Reason.of("NOT_CAPTURABLE", "the payment is " + p.state()));
            }
            if (!amount.currency().equals(remaining.currency())) {
                return PaymentResult.declined(TransactionType.CAPTURE, p.providerReference(), amount, Reason.of("CURRENCY_MISMATCH", "authorised in " + remaining.currency()));
            }
            if (exceeds(amount, remaining)) {
                return PaymentResult.declined(TransactionType.CAPTURE, p.providerReference(), amount,
                        Reason.of("AMOUNT_EXCEEDS_AUTHORIZATION", "at most " + remaining + " remains authorised"));
            }
            Money captured = p.captured().plus(amount);
            save(context.store(), new PaymentSnapshot(p.providerReference(), captured.equals(p.authorized()) ? PaymentState.CAPTURED : PaymentState.PARTIALLY_CAPTURED,
                    p.authorized(), captured, p.refunded()));
            return PaymentResult.succeeded(TransactionType.CAPTURE, p.providerReference(), amount);
        });
    }

    @Override
    public synchronized PaymentResult voidAuthorization(PaymentOperation operation, PluginContext context) {
        return once(context, "void", () -> {
            Optional<PaymentSnapshot> found = load(context.store(), operation.providerReference());
            if (found.isEmpty()) {
                return notFound(TransactionType.VOID, operation);
            }
            PaymentSnapshot p = found.get();
            if (p.state() != PaymentState.AUTHORIZED) {
                return PaymentResult.declined(TransactionType.VOID, p.providerReference(), p.authorized(), Reason.of("NOT_VOIDABLE", "the payment is " + p.state()));
            }
            save(context.store(), new PaymentSnapshot(p.providerReference(), PaymentState.VOIDED, p.authorized(), p.captured(), p.refunded()));
            return PaymentResult.succeeded(TransactionType.VOID, p.providerReference(), p.authorized());
        });
    }

    @Override
    public synchronized PaymentResult refund(PaymentOperation operation, PluginContext context) {
        return once(context, "refund", () -> {
            Optional<PaymentSnapshot> found = load(context.store(), operation.providerReference());
            if (found.isEmpty()) {
                return notFound(TransactionType.REFUND, operation);
            }
            PaymentSnapshot p = found.get();
            Money refundable = p.captured().minus(p.refunded());
            Money amount = operation.amount().orElse(refundable);
            if (refundable.isZero() || !amount.currency().equals(refundable.currency()) || exceeds(amount, refundable)) {
                return PaymentResult.declined(TransactionType.REFUND, p.providerReference(), amount,
                        Reason.of("AMOUNT_EXCEEDS_CAPTURED", "at most " + refundable + " can be refunded"));
            }
            Money refunded = p.refunded().plus(amount);
            save(context.store(), new PaymentSnapshot(p.providerReference(), refunded.equals(p.captured()) ? PaymentState.REFUNDED : p.state(),
                    p.authorized(), p.captured(), refunded));
            return PaymentResult.succeeded(TransactionType.REFUND, p.providerReference(), amount);
        });
    }

    @Override
    public synchronized PaymentSnapshot retrieve(String providerReference, PluginContext context) {
        Money zero = Money.zero(CurrencyCode.of("EUR"));
        return load(context.store(), providerReference).orElse(new PaymentSnapshot(providerReference, PaymentState.NOT_FOUND, zero, zero, zero));
    }

    @Override
    public WebhookResult<PaymentEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        Optional<String> signature = webhook.header(SIGNATURE_HEADER);
        if (signature.isEmpty()) {
            return WebhookResult.rejected(Reason.of("MISSING_SIGNATURE", "no " + SIGNATURE_HEADER + " header"));
        }
        if (!signatureValid(webhook.body(), signature.get(), context.config().string("webhookSecret"))) {
            return WebhookResult.rejected(Reason.of("INVALID_SIGNATURE", "the signature does not match the body"));
        }
        Map<String, String> fields = new java.util.HashMap<>();
        Matcher m = FIELD.matcher(new String(webhook.body(), StandardCharsets.UTF_8));
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        try {
            return WebhookResult.verified(List.of(new PaymentEvent(fields.get("id"), PaymentEventType.valueOf(fields.get("type")), fields.get("reference"),
                    Money.of(fields.get("amount"), fields.get("currency")), Instant.parse(fields.get("occurredAt")))));
        } catch (RuntimeException e) {
            return WebhookResult.rejected(Reason.of("MALFORMED_BODY", "the body is not a sandbox event: " + e.getMessage()));
        }
    }

    /**
     * Whether a signature matches.
     *
     * @param body      the raw body
     * @param signature the header value
     * @param secret    the shared secret
     * @return true if it is the HMAC of the body
     */
    protected boolean signatureValid(byte[] body, String signature, String secret) {
        return MessageDigest.isEqual(TestWebhooks.hmacSha256Hex(secret, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether an amount is more than what remains.
     *
     * @param amount    asked
     * @param remaining available
     * @return true to decline
     */
    protected boolean exceeds(Money amount, Money remaining) {
        return amount.isGreaterThan(remaining);
    }

    /**
     * The stored outcome of an earlier call with the same key, if any.
     *
     * @param store the store
     * @param slot  the key's slot
     * @return the earlier result
     */
    protected Optional<String> replay(KeyValueStore store, String slot) {
        return store.get(slot);
    }

    private PaymentResult once(PluginContext context, String operation, java.util.function.Supplier<PaymentResult> call) {
        IdempotencyKey key = context.idempotencyKey().orElseThrow(() -> new IllegalArgumentException(operation + " needs an idempotency key"));
        String slot = "idem:" + operation + ":" + key.value();
        Optional<String> earlier = replay(context.store(), slot);
        if (earlier.isPresent()) {
            return decodeResult(earlier.get());
        }
        PaymentResult result = call.get();
        context.store().put(slot, encodeResult(result));
        return result;
    }

    private static PaymentResult notFound(TransactionType type, PaymentOperation operation) {
        return PaymentResult.declined(type, operation.providerReference(), operation.amount().orElse(Money.ofMinor(0, "EUR")),
                Reason.of("PAYMENT_NOT_FOUND", "no payment " + operation.providerReference()));
    }

    private static void save(KeyValueStore store, PaymentSnapshot p) {
        store.put("payment:" + p.providerReference(), String.join("|", p.state().name(), p.authorized().currency().code(),
                Long.toString(p.authorized().minorUnits()), Long.toString(p.captured().minorUnits()), Long.toString(p.refunded().minorUnits())));
    }

    private static Optional<PaymentSnapshot> load(KeyValueStore store, String reference) {
        return store.get("payment:" + reference).map(v -> {
            String[] f = v.split("\\|");
            return new PaymentSnapshot(reference, PaymentState.valueOf(f[0]), Money.ofMinor(Long.parseLong(f[2]), f[1]),
                    Money.ofMinor(Long.parseLong(f[3]), f[1]), Money.ofMinor(Long.parseLong(f[4]), f[1]));
        });
    }

    private static String encodeResult(PaymentResult r) {
        return String.join("|", r.type().name(), r.status().name(), r.providerReference(), r.amount().currency().code(),
                Long.toString(r.amount().minorUnits()), r.reason().map(Reason::code).orElse(""), r.reason().map(Reason::message).orElse(""));
    }

    private static PaymentResult decodeResult(String value) {
        String[] f = value.split("\\|", -1);
        Optional<Reason> reason = f[5].isEmpty() ? Optional.empty() : Optional.of(Reason.of(f[5], f[6]));
        return new PaymentResult(TransactionType.valueOf(f[0]), TransactionStatus.valueOf(f[1]), f[2], Money.ofMinor(Long.parseLong(f[4]), f[3]), reason);
    }

    private static boolean luhnValid(String number) {
        if (!number.matches("[0-9]{12,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
