package org.openwtp.plugins.cardsandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.AuthorizeRequest;
import org.openwtp.sdk.payment.PaymentEvent;
import org.openwtp.sdk.payment.PaymentEventType;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.payment.PaymentOperation;
import org.openwtp.sdk.payment.PaymentResult;
import org.openwtp.sdk.payment.PaymentSnapshot;
import org.openwtp.sdk.payment.PaymentState;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.openwtp.testkit.MutableClock;
import org.openwtp.testkit.TestingPluginContext;

class CardSandboxPaymentProviderTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final String SECRET = "whsec_sandbox_0123456789";

    private final CardSandboxPaymentProvider provider = new CardSandboxPaymentProvider();
    private final TestingPluginContext ctx = context(Map.of("webhookSecret", SECRET));
    private int keys;

    private TestingPluginContext context(Map<String, String> config) {
        return TestingPluginContext.builder().extension(provider).clock(MutableClock.at(NOW)).config(config).build();
    }

    private TestingPluginContext key() {
        return ctx.withIdempotencyKey("key-" + (++keys));
    }

    private static AuthorizeRequest request(String paymentId, String number, String expiry, Money amount) {
        return new AuthorizeRequest(paymentId, "order-" + paymentId, amount,
                new PaymentMethod(PaymentMethodType.CARD, Map.of("number", number, "expiry", expiry, "holder", "A Buyer")), "buyer-1", "");
    }

    private PaymentResult authorize(String paymentId, TestCard card, String amount) {
        return provider.authorize(request(paymentId, card.number(), "12/29", Money.of(amount, "EUR")), key());
    }

    private String authorized(String amount) {
        PaymentResult r = authorize("pay-" + (++keys), TestCard.VISA_APPROVED, amount);
        assertThat(r.status()).isEqualTo(TransactionStatus.SUCCEEDED);
        return r.providerReference();
    }

    private static String code(PaymentResult r) {
        return r.reason().map(Reason::code).orElse("");
    }

    @ParameterizedTest
    @CsvSource({
            "VISA_APPROVED, SUCCEEDED, ''",
            "MASTERCARD_APPROVED, SUCCEEDED, ''",
            "AMEX_APPROVED, SUCCEEDED, ''",
            "UNIONPAY_APPROVED, SUCCEEDED, ''",
            "MIR_APPROVED, SUCCEEDED, ''",
            "DECLINED_GENERIC, DECLINED, CARD_DECLINED",
            "DECLINED_INSUFFICIENT_FUNDS, DECLINED, INSUFFICIENT_FUNDS",
            "DECLINED_STOLEN, DECLINED, STOLEN_CARD",
            "PROCESSING_ERROR, FAILED, PROCESSING_ERROR",
            "PENDING_THEN_APPROVED, PENDING, AWAITING_ISSUER",
            "AUTHORIZE_TIMES_OUT_AFTER_CHARGING, UNKNOWN, TIMEOUT",
            "CAPTURE_TIMES_OUT_AFTER_CAPTURING, SUCCEEDED, ''",
    })
    void everyTestCardAuthorizesAsDocumented(TestCard card, TransactionStatus status, String reason) {
        PaymentResult r = authorize("pay-" + card, card, "25.00");
        assertThat(r.status()).isEqualTo(status);
        assertThat(code(r)).isEqualTo(reason);
        assertThat(r.providerReference()).isEqualTo(CardSandboxPaymentProvider.referenceFor("pay-" + card)).matches("sbx_[0-9a-f]{32}");
        assertThat(r.amount()).isEqualTo(Money.of("25.00", "EUR"));
    }

    @Test
    void aLuhnInvalidNumberIsDeclined() {
        PaymentResult r = provider.authorize(request("p1", "4242424242424241", "12/29", Money.of("10", "EUR")), key());
        assertThat(r.status()).isEqualTo(TransactionStatus.DECLINED);
        assertThat(code(r)).isEqualTo("INVALID_CARD_NUMBER");
        assertThat(provider.retrieve(r.providerReference(), ctx).state()).isEqualTo(PaymentState.DECLINED);
    }

    @Test
    void aLuhnValidUnknownNumberIsApprovedByDefaultAndDeclinedWhenConfigured() {
        assertThat(provider.authorize(request("p1", "4111111111111111", "12/29", Money.of("10", "EUR")), key()).succeeded()).isTrue();
        TestingPluginContext strict = context(Map.of("webhookSecret", SECRET, "unknownCards", "DECLINE"));
        PaymentResult r = provider.authorize(request("p2", "4111111111111111", "12/29", Money.of("10", "EUR")), strict.withIdempotencyKey("k"));
        assertThat(code(r)).isEqualTo("UNKNOWN_TEST_CARD");
    }

    @Test
    void aCardIsAcceptedOnTheLastDayOfItsExpiryMonthAndDeclinedTheDayAfter() {
        ctx.mutableClock().set(Instant.parse("2026-11-30T23:59:59Z"));
        assertThat(provider.authorize(request("p1", TestCard.VISA_APPROVED.number(), "11/26", Money.of("10", "EUR")), key()).succeeded()).isTrue();
        ctx.mutableClock().set(Instant.parse("2026-12-01T00:00:00Z"));
        PaymentResult r = provider.authorize(request("p2", TestCard.VISA_APPROVED.number(), "11/26", Money.of("10", "EUR")), key());
        assertThat(r.status()).isEqualTo(TransactionStatus.DECLINED);
        assertThat(code(r)).isEqualTo("EXPIRED_CARD");
    }

    @Test
    void malformedCardDetailsAreDeclinedWithTheirReason() {
        assertThat(code(provider.authorize(request("p1", TestCard.VISA_APPROVED.number(), "13/29", Money.of("10", "EUR")), key())))
                .isEqualTo("INVALID_EXPIRY");
        AuthorizeRequest noNumber = new AuthorizeRequest("p2", "o", Money.of("10", "EUR"), PaymentMethod.of(PaymentMethodType.CARD), "", "");
        assertThat(code(provider.authorize(noNumber, key()))).isEqualTo("INVALID_CARD_NUMBER");
        AuthorizeRequest escrow = new AuthorizeRequest("p3", "o", Money.of("10", "EUR"), PaymentMethod.of(PaymentMethodType.ESCROW), "", "");
        assertThat(code(provider.authorize(escrow, key()))).isEqualTo("PAYMENT_METHOD_NOT_SUPPORTED");
    }

    @Test
    void currenciesAndAmountLimitsComeFromTheConfiguration() {
        TestingPluginContext c = context(Map.of("webhookSecret", SECRET, "currencies", "EUR,JPY", "minAmount", "1", "maxAmount", "1000"));
        String card = TestCard.VISA_APPROVED.number();
        assertThat(code(provider.authorize(request("p1", card, "12/29", Money.of("10", "USD")), c.withIdempotencyKey("a")))).isEqualTo("CURRENCY_NOT_SUPPORTED");
        assertThat(code(provider.authorize(request("p2", card, "12/29", Money.of("0.99", "EUR")), c.withIdempotencyKey("b")))).isEqualTo("AMOUNT_BELOW_MINIMUM");
        assertThat(provider.authorize(request("p3", card, "12/29", Money.of("1.00", "EUR")), c.withIdempotencyKey("c")).succeeded()).isTrue();
        assertThat(provider.authorize(request("p4", card, "12/29", Money.of("1000", "JPY")), c.withIdempotencyKey("d")).succeeded()).isTrue();
        assertThat(code(provider.authorize(request("p5", card, "12/29", Money.of("1000.01", "EUR")), c.withIdempotencyKey("e")))).isEqualTo("AMOUNT_ABOVE_MAXIMUM");
    }

    @Test
    void capturingExactlyWhatRemainsSucceedsAndOneMinorUnitMoreIsDeclined() {
        String ref = authorized("100.00");
        assertThat(provider.capture(PaymentOperation.of(ref, Money.of("60.00", "EUR")), key()).succeeded()).isTrue();
        PaymentResult over = provider.capture(PaymentOperation.of(ref, Money.ofMinor(4001, "EUR")), key());
        assertThat(over.status()).isEqualTo(TransactionStatus.DECLINED);
        assertThat(code(over)).isEqualTo("AMOUNT_EXCEEDS_AUTHORIZED");
        assertThat(provider.retrieve(ref, ctx).state()).isEqualTo(PaymentState.PARTIALLY_CAPTURED);
        PaymentResult exact = provider.capture(PaymentOperation.of(ref, Money.ofMinor(4000, "EUR")), key());
        assertThat(exact.succeeded()).isTrue();
        PaymentSnapshot s = provider.retrieve(ref, ctx);
        assertThat(s.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(s.captured()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(code(provider.capture(PaymentOperation.whole(ref), key()))).isEqualTo("ALREADY_CAPTURED");
    }

    @Test
    void aWholeCaptureTakesWhatRemains() {
        String ref = authorized("100.00");
        provider.capture(PaymentOperation.of(ref, Money.of("30.00", "EUR")), key());
        PaymentResult rest = provider.capture(PaymentOperation.whole(ref), key());
        assertThat(rest.succeeded()).isTrue();
        assertThat(rest.amount()).isEqualTo(Money.of("70.00", "EUR"));
    }

    @Test
    void partialAndMultipleCapturesCanBeSwitchedOff() {
        TestingPluginContext single = context(Map.of("webhookSecret", SECRET, "multipleCaptures", "false"));
        String ref = provider.authorize(request("p1", TestCard.VISA_APPROVED.number(), "12/29", Money.of("100", "EUR")), single.withIdempotencyKey("a"))
                .providerReference();
        assertThat(provider.capture(PaymentOperation.of(ref, Money.of("30", "EUR")), single.withIdempotencyKey("b")).succeeded()).isTrue();
        assertThat(code(provider.capture(PaymentOperation.of(ref, Money.of("30", "EUR")), single.withIdempotencyKey("c")))).isEqualTo("AUTHORIZATION_CLOSED");

        TestingPluginContext whole = context(Map.of("webhookSecret", SECRET, "partialCapture", "false"));
        String ref2 = provider.authorize(request("p2", TestCard.VISA_APPROVED.number(), "12/29", Money.of("100", "EUR")), whole.withIdempotencyKey("a"))
                .providerReference();
        assertThat(code(provider.capture(PaymentOperation.of(ref2, Money.of("30", "EUR")), whole.withIdempotencyKey("b")))).isEqualTo("PARTIAL_CAPTURE_NOT_ALLOWED");
        assertThat(provider.capture(PaymentOperation.of(ref2, Money.of("100", "EUR")), whole.withIdempotencyKey("c")).succeeded()).isTrue();
    }

    @Test
    void aCaptureInAnotherCurrencyIsDeclined() {
        String ref = authorized("100.00");
        assertThat(code(provider.capture(PaymentOperation.of(ref, Money.of("10", "USD")), key()))).isEqualTo("CURRENCY_MISMATCH");
    }

    @Test
    void refundNeverExceedsCapturedMinusRefunded() {
        String ref = authorized("100.00");
        provider.capture(PaymentOperation.of(ref, Money.of("80.00", "EUR")), key());
        assertThat(provider.refund(PaymentOperation.of(ref, Money.of("50.00", "EUR")), key()).succeeded()).isTrue();
        PaymentResult over = provider.refund(PaymentOperation.of(ref, Money.ofMinor(3001, "EUR")), key());
        assertThat(code(over)).isEqualTo("AMOUNT_EXCEEDS_REFUNDABLE");
        PaymentResult exact = provider.refund(PaymentOperation.of(ref, Money.ofMinor(3000, "EUR")), key());
        assertThat(exact.succeeded()).isTrue();
        assertThat(code(provider.refund(PaymentOperation.whole(ref), key()))).isEqualTo("ALREADY_REFUNDED");
        PaymentSnapshot s = provider.retrieve(ref, ctx);
        assertThat(s.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(s.refunded()).isEqualTo(Money.of("80.00", "EUR"));
    }

    @Test
    void aRefundBeforeAnyCaptureIsDeclinedAndARefundClosesFurtherCaptures() {
        String ref = authorized("100.00");
        assertThat(code(provider.refund(PaymentOperation.whole(ref), key()))).isEqualTo("NOTHING_CAPTURED");
        provider.capture(PaymentOperation.of(ref, Money.of("40.00", "EUR")), key());
        PaymentResult refund = provider.refund(PaymentOperation.whole(ref), key());
        assertThat(refund.amount()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(code(provider.capture(PaymentOperation.of(ref, Money.of("10.00", "EUR")), key()))).isEqualTo("AUTHORIZATION_CLOSED");
    }

    @Test
    void aVoidReleasesAnUncapturedAuthorizationOnly() {
        String ref = authorized("100.00");
        assertThat(provider.voidAuthorization(PaymentOperation.whole(ref), key()).succeeded()).isTrue();
        assertThat(provider.retrieve(ref, ctx).state()).isEqualTo(PaymentState.VOIDED);
        assertThat(provider.voidAuthorization(PaymentOperation.whole(ref), key()).succeeded()).as("voiding twice is harmless").isTrue();
        assertThat(code(provider.capture(PaymentOperation.whole(ref), key()))).isEqualTo("AUTHORIZATION_VOIDED");

        String captured = authorized("100.00");
        provider.capture(PaymentOperation.of(captured, Money.of("10.00", "EUR")), key());
        assertThat(code(provider.voidAuthorization(PaymentOperation.whole(captured), key()))).isEqualTo("ALREADY_CAPTURED");
    }

    @Test
    void anUncapturedAuthorizationLapsesAfterItsValidity() {
        String ref = authorized("100.00");
        ctx.mutableClock().advance(Duration.ofDays(7));
        assertThat(provider.retrieve(ref, ctx).state()).isEqualTo(PaymentState.VOIDED);
        assertThat(code(provider.capture(PaymentOperation.whole(ref), key()))).isEqualTo("AUTHORIZATION_EXPIRED");
    }

    @Test
    void repeatingACallWithTheSameKeyReplaysTheFirstOutcomeAndMovesNoMoney() {
        String ref = authorized("100.00");
        TestingPluginContext same = ctx.withIdempotencyKey("capture-once");
        PaymentResult first = provider.capture(PaymentOperation.of(ref, Money.of("60.00", "EUR")), same);
        PaymentResult again = provider.capture(PaymentOperation.of(ref, Money.of("60.00", "EUR")), same);
        assertThat(again).isEqualTo(first);
        assertThat(provider.retrieve(ref, ctx).captured()).isEqualTo(Money.of("60.00", "EUR"));

        TestingPluginContext declinedKey = ctx.withIdempotencyKey("capture-too-much");
        PaymentResult declined = provider.capture(PaymentOperation.of(ref, Money.of("50.00", "EUR")), declinedKey);
        provider.capture(PaymentOperation.of(ref, Money.of("40.00", "EUR")), key());
        assertThat(provider.capture(PaymentOperation.of(ref, Money.of("50.00", "EUR")), declinedKey)).as("a decline is replayed too").isEqualTo(declined);
    }

    @Test
    void theSameKeyWithAnotherRequestIsDeclinedAsReused() {
        String ref = authorized("100.00");
        TestingPluginContext k = ctx.withIdempotencyKey("k-1");
        provider.capture(PaymentOperation.of(ref, Money.of("10.00", "EUR")), k);
        PaymentResult reused = provider.capture(PaymentOperation.of(ref, Money.of("20.00", "EUR")), k);
        assertThat(reused.status()).isEqualTo(TransactionStatus.DECLINED);
        assertThat(code(reused)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(code(provider.refund(PaymentOperation.of(ref, Money.of("10.00", "EUR")), k))).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(code(provider.authorize(request("other", TestCard.VISA_APPROVED.number(), "12/29", Money.of("1", "EUR")), k)))
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(provider.retrieve(ref, ctx).captured()).isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void authorizingTheSamePaymentAgainUnderANewKeyReservesOnce() {
        AuthorizeRequest req = request("pay-same", TestCard.VISA_APPROVED.number(), "12/29", Money.of("10", "EUR"));
        PaymentResult first = provider.authorize(req, key());
        PaymentResult second = provider.authorize(req, key());
        assertThat(second).isEqualTo(first);
        AuthorizeRequest changed = request("pay-same", TestCard.VISA_APPROVED.number(), "12/29", Money.of("11", "EUR"));
        assertThat(code(provider.authorize(changed, key()))).isEqualTo("PAYMENT_ID_REUSED");
        assertThat(ctx.store().list("pay:")).hasSize(1);
    }

    @Test
    void aDeclinedPaymentMayBeRetriedWithAnotherCard() {
        PaymentResult declined = provider.authorize(request("pay-r", TestCard.DECLINED_INSUFFICIENT_FUNDS.number(), "12/29", Money.of("10", "EUR")), key());
        assertThat(declined.status()).isEqualTo(TransactionStatus.DECLINED);
        PaymentResult retried = provider.authorize(request("pay-r", TestCard.VISA_APPROVED.number(), "12/29", Money.of("10", "EUR")), key());
        assertThat(retried.succeeded()).isTrue();
        assertThat(provider.retrieve(retried.providerReference(), ctx).state()).isEqualTo(PaymentState.AUTHORIZED);
    }

    @Test
    void aMutatingCallWithoutAnIdempotencyKeyIsACallerBug() {
        AuthorizeRequest req = request("p", TestCard.VISA_APPROVED.number(), "12/29", Money.of("10", "EUR"));
        assertThatThrownBy(() -> provider.authorize(req, ctx.withoutIdempotencyKey())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> provider.capture(PaymentOperation.whole("sbx_x"), ctx.withoutIdempotencyKey())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.voidAuthorization(PaymentOperation.whole("sbx_x"), ctx.withoutIdempotencyKey())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.refund(PaymentOperation.whole("sbx_x"), ctx.withoutIdempotencyKey())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownReferencesAreNotFound() {
        assertThat(code(provider.capture(PaymentOperation.whole("sbx_" + "0".repeat(32)), key()))).isEqualTo("PAYMENT_NOT_FOUND");
        assertThat(code(provider.refund(PaymentOperation.whole("x".repeat(300)), key()))).isEqualTo("PAYMENT_NOT_FOUND");
        assertThat(provider.retrieve("nope", ctx).state()).isEqualTo(PaymentState.NOT_FOUND);
    }

    @Test
    void racingCapturesNeverExceedTheAuthorizedAmount() throws Exception {
        String ref = authorized("100.00");
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentResult>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TestingPluginContext k = ctx.withIdempotencyKey("race-" + i);
            futures.add(pool.submit(() -> {
                start.await();
                return provider.capture(PaymentOperation.of(ref, Money.of("7.00", "EUR")), k);
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<PaymentResult> f : futures) {
            PaymentResult r = f.get(30, TimeUnit.SECONDS);
            if (r.succeeded()) {
                succeeded++;
            } else {
                assertThat(code(r)).isEqualTo("AMOUNT_EXCEEDS_AUTHORIZED");
            }
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(14); // 14 x 7.00 = 98.00 <= 100.00 < 15 x 7.00
        assertThat(provider.retrieve(ref, ctx).captured()).isEqualTo(Money.of("98.00", "EUR"));
    }

    @Test
    void racingCallsWithOneKeyCaptureOnce() throws Exception {
        String ref = authorized("100.00");
        TestingPluginContext same = ctx.withIdempotencyKey("one-key");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                if (provider.capture(PaymentOperation.of(ref, Money.of("10.00", "EUR")), same).succeeded()) {
                    ok.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(ok).hasValue(16);
        assertThat(provider.retrieve(ref, ctx).captured()).isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void thePendingCardSettlesAndRetrieveShowsIt() {
        PaymentResult pending = authorize("pay-p", TestCard.PENDING_THEN_APPROVED, "20.00");
        String ref = pending.providerReference();
        assertThat(provider.retrieve(ref, ctx).state()).isEqualTo(PaymentState.AUTHORIZATION_PENDING);
        assertThat(code(provider.capture(PaymentOperation.whole(ref), key()))).isEqualTo("AUTHORIZATION_PENDING");
        ctx.mutableClock().advance(Duration.ofSeconds(29));
        assertThat(provider.retrieve(ref, ctx).state()).isEqualTo(PaymentState.AUTHORIZATION_PENDING);
        ctx.mutableClock().advance(Duration.ofSeconds(1));
        PaymentSnapshot settled = provider.retrieve(ref, ctx);
        assertThat(settled.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(settled.authorized()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(provider.capture(PaymentOperation.whole(ref), key()).succeeded()).isTrue();
    }

    @Test
    void theTimeoutCardChargesAlthoughTheCallAnswersUnknown() {
        TestingPluginContext k = ctx.withIdempotencyKey("auth-timeout");
        AuthorizeRequest req = request("pay-t", TestCard.AUTHORIZE_TIMES_OUT_AFTER_CHARGING.number(), "12/29", Money.of("42.00", "EUR"));
        PaymentResult first = provider.authorize(req, k);
        assertThat(first.status()).isEqualTo(TransactionStatus.UNKNOWN);
        assertThat(first.providerReference()).isEqualTo(CardSandboxPaymentProvider.referenceFor("pay-t"));
        PaymentSnapshot seen = provider.retrieve(first.providerReference(), ctx);
        assertThat(seen.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(seen.authorized()).isEqualTo(Money.of("42.00", "EUR"));
        assertThat(provider.authorize(req, k).status()).as("a retry with the same key replays the recorded success")
                .isEqualTo(TransactionStatus.SUCCEEDED);
    }

    @Test
    void theCaptureTimeoutCardRecordsTheCaptureItAnswersUnknownFor() {
        String ref = authorize("pay-ct", TestCard.CAPTURE_TIMES_OUT_AFTER_CAPTURING, "50.00").providerReference();
        TestingPluginContext k = ctx.withIdempotencyKey("cap-timeout");
        assertThat(provider.capture(PaymentOperation.of(ref, Money.of("20.00", "EUR")), k).status()).isEqualTo(TransactionStatus.UNKNOWN);
        assertThat(provider.retrieve(ref, ctx).captured()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(provider.capture(PaymentOperation.of(ref, Money.of("20.00", "EUR")), k).status()).isEqualTo(TransactionStatus.SUCCEEDED);
        assertThat(provider.retrieve(ref, ctx).captured()).isEqualTo(Money.of("20.00", "EUR"));
    }

    @Test
    void aSignedWebhookBecomesAnEvent() {
        PaymentEvent event = new PaymentEvent("evt_1", PaymentEventType.CAPTURED, "sbx_abc", Money.of("12.50", "EUR"), NOW.minusSeconds(5));
        WebhookResult<PaymentEvent> result = provider.handleWebhook(webhook(SandboxWebhookSigner.eventBody(event), NOW), ctx);
        assertThat(result.isVerified()).isTrue();
        assertThat(result.events()).containsExactly(event);

        PaymentEvent echoing = event.withPaymentId("pay_01");
        byte[] body = SandboxWebhookSigner.eventBody(echoing);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("paymentId=pay_01");
        assertThat(provider.handleWebhook(webhook(body, NOW), ctx).events()).containsExactly(echoing);
    }

    @Test
    void tamperedReplayedAndUnsignedWebhooksAreRejected() {
        PaymentEvent event = new PaymentEvent("evt_1", PaymentEventType.REFUNDED, "sbx_abc", Money.of("12.50", "EUR"), NOW);
        byte[] body = SandboxWebhookSigner.eventBody(event);
        InboundWebhook signed = webhook(body, NOW);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("amount=1250", "amount=9999").getBytes(StandardCharsets.UTF_8);
        InboundWebhook forged = new InboundWebhook(signed.headers(), tampered, NOW);
        assertThat(provider.handleWebhook(forged, ctx).rejection()).map(Reason::code).contains("INVALID_SIGNATURE");
        assertThat(provider.handleWebhook(webhook(body, NOW.minus(Duration.ofMinutes(6))), ctx).rejection()).map(Reason::code)
                .contains("TIMESTAMP_OUTSIDE_TOLERANCE");
        assertThat(provider.handleWebhook(new InboundWebhook(Map.of(), body, NOW), ctx).rejection()).map(Reason::code).contains("MISSING_SIGNATURE");
    }

    @Test
    void aSignedButMalformedBodyIsRejectedAndAnUnknownTypeIgnored() {
        byte[] noAmount = "id=e&type=CAPTURED&reference=r&currency=EUR&occurredAt=2026-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8);
        assertThat(provider.handleWebhook(webhook(noAmount, NOW), ctx).rejection()).map(Reason::code).contains("MALFORMED_PAYLOAD");
        byte[] future = "id=e&type=CHARGEBACK&reference=r&amount=1&currency=EUR&occurredAt=2026-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8);
        WebhookResult<PaymentEvent> ignored = provider.handleWebhook(webhook(future, NOW), ctx);
        assertThat(ignored.isVerified()).isTrue();
        assertThat(ignored.events()).isEmpty();
    }

    @Test
    void configurationIsValidatedWithClearMessages() {
        Map<String, String> raw = new HashMap<>(Map.of("webhookSecret", "short", "currencies", "EUR,XAU,USD", "minAmount", "100",
                "maxAmount", "10", "authorizationValidityDays", "0"));
        List<ConfigProblem> problems = provider.validateConfig(provider.configSchema().apply(raw));
        assertThat(problems).extracting(ConfigProblem::field)
                .containsExactlyInAnyOrder("webhookSecret", "currencies", "maxAmount", "authorizationValidityDays");
        assertThat(problems).allMatch(p -> p.code().equals("INVALID") && !p.message().isBlank());
        assertThat(provider.validateConfig(provider.configSchema().apply(Map.of("webhookSecret", SECRET)))).isEmpty();
        assertThat(provider.configSchema().validate(Map.of())).extracting(ConfigProblem::code).containsExactly("MISSING");
        assertThat(provider.configFields()).filteredOn(f -> f.name().equals("webhookSecret")).allMatch(f -> f.isSecret());
    }

    private InboundWebhook webhook(byte[] body, Instant signedAt) {
        return new InboundWebhook(Map.of("X-Sandbox-Signature", List.of(SandboxWebhookSigner.signatureHeader(SECRET, body, signedAt))), body, NOW);
    }
}
