package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.AuthorizeRequest;
import org.openwtp.sdk.payment.PaymentEvent;
import org.openwtp.sdk.payment.PaymentMethod;
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
 * The contract every {@link PaymentProvider} keeps: money never moves beyond what was authorised or
 * captured, a repeated idempotency key never moves it twice, declines are results with reason codes,
 * and webhooks are verified before they are believed.
 *
 * <pre>{@code
 * class CardSandboxContractTest extends PaymentProviderContract {
 *     protected PaymentProvider createPaymentProvider() { return new CardSandboxProvider(); }
 *     protected Map<String, String> configuration() { return Map.of("webhookSecret", SECRET); }
 *     protected PaymentMethod approvingMethod() { return SampleTrade.card("4111111111111111"); }
 *     protected List<PaymentMethod> decliningMethods() { return List.of(SampleTrade.card("4000000000009995")); }
 *     protected Optional<InboundWebhook> signedWebhook(String reference, Money amount) { ... }
 * }
 * }</pre>
 *
 * <p>Every mutating call gets its own idempotency key unless a check is about repeating one. Partial
 * capture and partial refund are exercised only where {@link PaymentProviderProfile} says they are
 * supported.
 */
public abstract class PaymentProviderContract extends ExtensionContract<PaymentProvider> {
    private static final List<String> PREFERRED_CURRENCIES = List.of("EUR", "USD", "RUB", "CNY");

    private final AtomicInteger payments = new AtomicInteger();

    /** For subclasses. */
    protected PaymentProviderContract() {
    }

    /**
     * Creates the provider under test.
     *
     * @return a new provider
     */
    protected abstract PaymentProvider createPaymentProvider();

    /**
     * An instrument the provider approves for {@link #amount()}.
     *
     * @return the method
     */
    protected abstract PaymentMethod approvingMethod();

    /**
     * Instruments the provider declines (insufficient funds, stolen card...). An empty list skips
     * {@link #decliningMethodsAreDeclinedWithReasonCode()}; say why in a comment.
     *
     * @return the methods
     */
    protected abstract List<PaymentMethod> decliningMethods();

    /**
     * The amount each check authorises: by default 120 in the profile's first currency among EUR, USD,
     * RUB and CNY (or its first in alphabetical order).
     *
     * @return more than one minor unit
     */
    protected Money amount() {
        List<CurrencyCode> currencies = provider().profile().currencies().stream().sorted(Comparator.comparing(CurrencyCode::code)).toList();
        CurrencyCode currency = currencies.stream().filter(c -> PREFERRED_CURRENCIES.contains(c.code()))
                .min(Comparator.comparing(c -> PREFERRED_CURRENCIES.indexOf(c.code()))).orElse(currencies.get(0));
        return Money.of(BigDecimal.valueOf(120), currency);
    }

    /**
     * A webhook the provider would send about a payment, signed as the provider signs it with the secret
     * in {@link #configuration()}. {@link TestWebhooks} helps build it.
     *
     * @param providerReference the payment, as authorised by the suite
     * @param amount            its amount
     * @return the webhook, or empty if the provider receives no webhooks (skips the webhook checks)
     */
    protected Optional<InboundWebhook> signedWebhook(String providerReference, Money amount) {
        return Optional.empty();
    }

    /**
     * The same webhook with a bad signature: by default {@link #signedWebhook} with every
     * {@code *signature*} header corrupted.
     *
     * @param providerReference the payment
     * @param amount            its amount
     * @return the webhook, or empty to skip {@link #webhookWithBadSignatureIsRejected()}
     */
    protected Optional<InboundWebhook> badlySignedWebhook(String providerReference, Money amount) {
        return signedWebhook(providerReference, amount).flatMap(TestWebhooks::withCorruptedSignature);
    }

    @Override
    protected final PaymentProvider createExtension() {
        return createPaymentProvider();
    }

    /**
     * The provider under test.
     *
     * @return the provider
     */
    protected final PaymentProvider provider() {
        return extension();
    }

    // ---- profile and authorization ----

    /** The profile supports the currency and the approving method the suite uses. */
    @Test
    public void profileSupportsTheSuitesCurrencyAndMethod() {
        PaymentProviderProfile profile = provider().profile();
        assertThat(profile.displayName()).as("display name").isNotBlank();
        assertThat(profile.currencies()).contains(amount().currency());
        assertThat(profile.methods()).contains(approvingMethod().type());
    }

    /** An approving method is authorised with a provider reference, for the amount asked. */
    @Test
    public void authorizeWithApprovingMethodSucceedsWithProviderReference() {
        PaymentResult result = authorize(approvingMethod(), newKey("authorize"));
        assertSucceeded(result, TransactionType.AUTHORIZE);
        assertThat(result.providerReference()).as("provider reference").isNotBlank();
        assertThat(result.amount()).isEqualTo(amount());
    }

    /** A declining method is DECLINED with a reason code; it never throws. */
    @Test
    public void decliningMethodsAreDeclinedWithReasonCode() {
        List<PaymentMethod> declining = decliningMethods();
        Assumptions.assumeFalse(declining.isEmpty(), "decliningMethods() is empty");
        SoftAssertions softly = new SoftAssertions();
        for (PaymentMethod method : declining) {
            try {
                PaymentResult result = authorize(method, newKey("authorize-declined"));
                softly.assertThat(result.status()).as("status for %s", method).isEqualTo(TransactionStatus.DECLINED);
                softly.assertThat(result.type()).isEqualTo(TransactionType.AUTHORIZE);
                softly.assertThat(result.reason()).as("reason for %s", method).isPresent();
            } catch (RuntimeException e) {
                softly.fail("authorizing %s threw %s; a decline is a result with a reason code, not an exception", method, e);
            }
        }
        softly.assertAll();
    }

    // ---- capture ----

    /** Capturing more than was authorised is DECLINED and captures nothing. */
    @Test
    public void captureNeverExceedsAuthorization() {
        String reference = authorized();
        assertDeclined(capture(reference, amount().plus(minor(1))), "capture of more than authorised");
        assertThat(snapshot(reference).captured().isZero()).as("captured after a declined capture").isTrue();
        if (provider().profile().supportsPartialCapture()) {
            Money part = third();
            assertSucceeded(capture(reference, part), TransactionType.CAPTURE);
            Money rest = amount().minus(part);
            assertDeclined(capture(reference, rest.plus(minor(1))), "capture of more than remains");
            assertThat(snapshot(reference).captured()).isEqualTo(part);
        }
    }

    /** Where partial capture is supported, a part and then the rest can be captured, and no more. */
    @Test
    public void partialCaptureThenCaptureOfTheRest() {
        Assumptions.assumeTrue(provider().profile().supportsPartialCapture(), "the profile says partial capture is not supported");
        String reference = authorized();
        Money part = third();
        assertSucceeded(capture(reference, part), TransactionType.CAPTURE);
        PaymentSnapshot partly = snapshot(reference);
        assertThat(partly.captured()).isEqualTo(part);
        assertThat(partly.state()).isEqualTo(PaymentState.PARTIALLY_CAPTURED);
        PaymentResult rest = call("capture of the rest", () -> provider().capture(PaymentOperation.whole(reference), newKey("capture-rest")));
        assertSucceeded(rest, TransactionType.CAPTURE);
        assertThat(rest.amount()).as("a whole capture takes what remains").isEqualTo(amount().minus(part));
        PaymentSnapshot full = snapshot(reference);
        assertThat(full.captured()).isEqualTo(amount());
        assertThat(full.state()).isEqualTo(PaymentState.CAPTURED);
        assertDeclined(capture(reference, minor(1)), "capture after everything was captured");
    }

    // ---- refund ----

    /** Refunds never add up to more than was captured; an over-refund is DECLINED and refunds nothing. */
    @Test
    public void refundsNeverExceedCaptures() {
        String reference = captured();
        assertDeclined(refund(reference, amount().plus(minor(1))), "refund of more than captured");
        assertThat(snapshot(reference).refunded().isZero()).as("refunded after a declined refund").isTrue();
        Money refunded = Money.zero(amount().currency());
        if (provider().profile().supportsPartialRefund()) {
            Money part = third();
            assertSucceeded(refund(reference, part), TransactionType.REFUND);
            refunded = part;
            assertDeclined(refund(reference, amount().minus(part).plus(minor(1))), "refund of more than remains");
            assertThat(snapshot(reference).refunded()).isEqualTo(part);
        }
        PaymentResult rest = call("refund of the rest", () -> provider().refund(PaymentOperation.whole(reference), newKey("refund-rest")));
        assertSucceeded(rest, TransactionType.REFUND);
        assertThat(rest.amount()).as("a whole refund returns what remains").isEqualTo(amount().minus(refunded));
        PaymentSnapshot snapshot = snapshot(reference);
        assertThat(snapshot.refunded()).isEqualTo(amount());
        assertThat(snapshot.state()).isEqualTo(PaymentState.REFUNDED);
        assertDeclined(refund(reference, minor(1)), "refund after everything was refunded");
    }

    /** Nothing can be refunded before it was captured. */
    @Test
    public void refundBeforeCaptureIsDeclined() {
        String reference = authorized();
        assertDeclined(refund(reference, amount()), "refund of an uncaptured authorization");
        assertThat(snapshot(reference).refunded().isZero()).isTrue();
    }

    // ---- void ----

    /** A captured payment cannot be voided (it must be refunded instead). */
    @Test
    public void voidAfterCaptureIsDeclined() {
        String reference = captured();
        assertDeclined(voidAuthorization(reference), "void after capture");
        assertThat(snapshot(reference).captured()).isEqualTo(amount());
    }

    /** A voided authorization cannot be captured. */
    @Test
    public void captureAfterVoidIsDeclined() {
        String reference = authorized();
        assertSucceeded(voidAuthorization(reference), TransactionType.VOID);
        assertThat(snapshot(reference).state()).isEqualTo(PaymentState.VOIDED);
        assertDeclined(capture(reference, amount()), "capture after void");
        assertThat(snapshot(reference).captured().isZero()).isTrue();
    }

    // ---- idempotency ----

    /** Authorizing twice with one idempotency key returns the first result; another key makes another payment. */
    @Test
    public void repeatedIdempotencyKeyReturnsSameAuthorization() {
        PluginContext key = newKey("authorize-twice");
        AuthorizeRequest request = authorizeRequest(approvingMethod());
        PaymentResult first = call("authorize", () -> provider().authorize(request, key));
        PaymentResult second = call("repeated authorize", () -> provider().authorize(request, key));
        assertSucceeded(first, TransactionType.AUTHORIZE);
        assertThat(second).as("result of the repeated call").isEqualTo(first);
        assertThat(snapshot(first.providerReference()).authorized()).isEqualTo(amount());
        PaymentResult other = authorize(approvingMethod(), newKey("authorize-other"));
        assertThat(other.providerReference()).as("reference of a payment with another key").isNotEqualTo(first.providerReference());
    }

    /** Capturing twice with one idempotency key returns the first result and captures once. */
    @Test
    public void repeatedIdempotencyKeyCapturesOnce() {
        String reference = authorized();
        Money part = provider().profile().supportsPartialCapture() ? third() : amount();
        PluginContext key = newKey("capture-twice");
        PaymentResult first = call("capture", () -> provider().capture(PaymentOperation.of(reference, part), key));
        PaymentResult second = call("repeated capture", () -> provider().capture(PaymentOperation.of(reference, part), key));
        assertSucceeded(first, TransactionType.CAPTURE);
        assertThat(second).as("result of the repeated call").isEqualTo(first);
        assertThat(snapshot(reference).captured()).as("captured after the same capture twice").isEqualTo(part);
    }

    /** Refunding twice with one idempotency key returns the first result and refunds once. */
    @Test
    public void repeatedIdempotencyKeyRefundsOnce() {
        String reference = captured();
        Money part = provider().profile().supportsPartialRefund() ? third() : amount();
        PluginContext key = newKey("refund-twice");
        PaymentResult first = call("refund", () -> provider().refund(PaymentOperation.of(reference, part), key));
        PaymentResult second = call("repeated refund", () -> provider().refund(PaymentOperation.of(reference, part), key));
        assertSucceeded(first, TransactionType.REFUND);
        assertThat(second).as("result of the repeated call").isEqualTo(first);
        assertThat(snapshot(reference).refunded()).as("refunded after the same refund twice").isEqualTo(part);
    }

    // ---- retrieve ----

    /** retrieve() reports the authorised, captured and refunded amounts after each step. */
    @Test
    public void retrieveReflectsAuthorizedCapturedAndRefunded() {
        Money zero = Money.zero(amount().currency());
        String reference = authorized();
        assertThat(snapshot(reference)).isEqualTo(new PaymentSnapshot(reference, PaymentState.AUTHORIZED, amount(), zero, zero));
        assertSucceeded(capture(reference, amount()), TransactionType.CAPTURE);
        assertThat(snapshot(reference)).isEqualTo(new PaymentSnapshot(reference, PaymentState.CAPTURED, amount(), amount(), zero));
        Money refund = provider().profile().supportsPartialRefund() ? third() : amount();
        assertSucceeded(refund(reference, refund), TransactionType.REFUND);
        PaymentSnapshot after = snapshot(reference);
        assertThat(after.refunded()).isEqualTo(refund);
        assertThat(after.captured()).isEqualTo(amount());
        assertThat(after.state()).isEqualTo(refund.equals(amount()) ? PaymentState.REFUNDED : PaymentState.CAPTURED);
    }

    /** A reference the provider never issued is NOT_FOUND, not an exception. */
    @Test
    public void retrieveOfUnknownReferenceIsNotFound() {
        PaymentSnapshot snapshot = callSnapshot("retrieve of an unknown reference", "no-such-payment-0001");
        assertThat(snapshot.state()).isEqualTo(PaymentState.NOT_FOUND);
    }

    /** A payment made for one tenant does not exist for another: state is scoped to (tenant, plugin). */
    @Test
    public void paymentsOfAnotherTenantAreNotVisible() {
        String reference = authorized();
        PaymentSnapshot elsewhere;
        try {
            elsewhere = provider().retrieve(reference, context().withTenant("other-tenant"));
        } catch (RuntimeException e) {
            throw new AssertionError("retrieve in another tenant threw " + e + "; it reports NOT_FOUND", e);
        }
        assertThat(elsewhere.state()).as("state of %s seen from another tenant", reference).isEqualTo(PaymentState.NOT_FOUND);
    }

    /** Capturing, voiding or refunding a reference the provider never issued is refused as a result. */
    @Test
    public void operationsOnUnknownReferenceAreRefused() {
        String unknown = "no-such-payment-0002";
        for (PaymentResult result : List.of(
                call("capture of an unknown reference", () -> provider().capture(PaymentOperation.of(unknown, amount()), newKey("capture-unknown"))),
                call("void of an unknown reference", () -> provider().voidAuthorization(PaymentOperation.whole(unknown), newKey("void-unknown"))),
                call("refund of an unknown reference", () -> provider().refund(PaymentOperation.of(unknown, amount()), newKey("refund-unknown"))))) {
            assertThat(result.status()).as("%s of an unknown reference", result.type()).isIn(TransactionStatus.DECLINED, TransactionStatus.FAILED);
            assertThat(result.reason()).isPresent();
        }
    }

    // ---- webhooks ----

    /** A validly signed webhook is verified and its events concern the payment it names. */
    @Test
    public void signedWebhookIsVerifiedWithEventsForThePayment() {
        String reference = authorized();
        InboundWebhook webhook = webhookOrSkip(signedWebhook(reference, amount()), "signedWebhook");
        WebhookResult<PaymentEvent> result = handle(webhook, "a signed webhook");
        assertThat(result.rejection()).as("rejection of a validly signed webhook").isEmpty();
        assertThat(result.events()).isNotEmpty().allSatisfy(event -> assertThat(event.providerReference()).isEqualTo(reference));
    }

    /** A webhook whose body was changed after signing is rejected with a reason. */
    @Test
    public void webhookWithTamperedBodyIsRejected() {
        String reference = authorized();
        InboundWebhook webhook = webhookOrSkip(signedWebhook(reference, amount()), "signedWebhook");
        WebhookResult<PaymentEvent> result = handle(TestWebhooks.withTamperedBody(webhook), "a tampered webhook");
        assertThat(result.rejection()).as("rejection of a tampered webhook").isPresent();
    }

    /** A webhook with a bad signature is rejected with a reason. */
    @Test
    public void webhookWithBadSignatureIsRejected() {
        String reference = authorized();
        InboundWebhook webhook = webhookOrSkip(badlySignedWebhook(reference, amount()), "badlySignedWebhook");
        WebhookResult<PaymentEvent> result = handle(webhook, "a badly signed webhook");
        assertThat(result.rejection()).as("rejection of a badly signed webhook").isPresent();
    }

    // ---- helpers for subclasses ----

    /**
     * A new authorization request for {@link #amount()} with fresh payment and order ids.
     *
     * @param method the instrument
     * @return the request
     */
    protected final AuthorizeRequest authorizeRequest(PaymentMethod method) {
        int n = payments.incrementAndGet();
        return new AuthorizeRequest("pay-contract-" + n, "order-contract-" + n, amount(), method, "buyer-1", "OpenWTP contract suite");
    }

    /**
     * Authorises {@link #amount()} with {@link #approvingMethod()} and checks it succeeded.
     *
     * @return the provider reference
     */
    protected final String authorized() {
        PaymentResult result = authorize(approvingMethod(), newKey("authorize"));
        assertSucceeded(result, TransactionType.AUTHORIZE);
        return result.providerReference();
    }

    /**
     * Authorises and captures {@link #amount()} and checks both succeeded.
     *
     * @return the provider reference
     */
    protected final String captured() {
        String reference = authorized();
        assertSucceeded(capture(reference, amount()), TransactionType.CAPTURE);
        return reference;
    }

    /**
     * The provider's view of a payment.
     *
     * @param reference the provider reference
     * @return the snapshot
     */
    protected final PaymentSnapshot snapshot(String reference) {
        PaymentSnapshot snapshot = callSnapshot("retrieve", reference);
        assertThat(snapshot.providerReference()).isEqualTo(reference);
        return snapshot;
    }

    private PaymentResult authorize(PaymentMethod method, PluginContext context) {
        AuthorizeRequest request = authorizeRequest(method);
        return call("authorize", () -> provider().authorize(request, context));
    }

    private PaymentResult capture(String reference, Money money) {
        return call("capture", () -> provider().capture(PaymentOperation.of(reference, money), newKey("capture")));
    }

    private PaymentResult refund(String reference, Money money) {
        return call("refund", () -> provider().refund(PaymentOperation.of(reference, money), newKey("refund")));
    }

    private PaymentResult voidAuthorization(String reference) {
        return call("void", () -> provider().voidAuthorization(PaymentOperation.whole(reference), newKey("void")));
    }

    private PaymentSnapshot callSnapshot(String what, String reference) {
        try {
            PaymentSnapshot snapshot = provider().retrieve(reference, context());
            assertThat(snapshot).as("%s returned null", what).isNotNull();
            return snapshot;
        } catch (RuntimeException e) {
            throw new AssertionError(what + " of '" + reference + "' threw " + e + "; retrieve reports NOT_FOUND instead", e);
        }
    }

    private WebhookResult<PaymentEvent> handle(InboundWebhook webhook, String what) {
        try {
            WebhookResult<PaymentEvent> result = provider().handleWebhook(webhook, context());
            assertThat(result).as("handleWebhook of %s returned null", what).isNotNull();
            return result;
        } catch (RuntimeException e) {
            throw new AssertionError("handleWebhook of " + what + " threw " + e + "; a bad webhook is a rejection with a reason", e);
        }
    }

    private static InboundWebhook webhookOrSkip(Optional<InboundWebhook> webhook, String hook) {
        Assumptions.assumeTrue(webhook.isPresent(), hook + "() not supplied");
        return webhook.get();
    }

    private static PaymentResult call(String what, Supplier<PaymentResult> call) {
        PaymentResult result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw " + e + "; a refusal is a result with a reason code, not an exception", e);
        }
        if (result == null) {
            fail("%s returned null", what);
        }
        return result;
    }

    private static void assertSucceeded(PaymentResult result, TransactionType type) {
        assertThat(result.status()).as("%s status, reason %s", type, result.reason()).isEqualTo(TransactionStatus.SUCCEEDED);
        assertThat(result.type()).as("result type").isEqualTo(type);
    }

    private static void assertDeclined(PaymentResult result, String what) {
        assertThat(result.status()).as(what).isEqualTo(TransactionStatus.DECLINED);
        assertThat(result.reason()).as("reason for declining " + what).isPresent();
    }

    private Money third() {
        return Money.zero(amount().currency()).plus(minor(Math.max(1, amount().minorUnits() / 3)));
    }

    private Money minor(long units) {
        return new Money(units, amount().currency());
    }
}
