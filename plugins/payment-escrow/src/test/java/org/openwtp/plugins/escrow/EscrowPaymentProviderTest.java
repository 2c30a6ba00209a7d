package org.openwtp.plugins.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.AuthorizeRequest;
import org.openwtp.sdk.payment.PaymentEvent;
import org.openwtp.sdk.payment.PaymentEventType;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.payment.PaymentOperation;
import org.openwtp.sdk.payment.PaymentResult;
import org.openwtp.sdk.payment.PaymentState;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.openwtp.testkit.MutableClock;
import org.openwtp.testkit.TestingPluginContext;

class EscrowPaymentProviderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SECRET = "whsec_escrow_0123456789";

    private final EscrowPaymentProvider escrow = new EscrowPaymentProvider();
    private final TestingPluginContext ctx = context(Map.of("webhookSecret", SECRET));
    private int keys;
    private int events;

    private TestingPluginContext context(Map<String, String> config) {
        return TestingPluginContext.builder().extension(escrow).clock(MutableClock.at(NOW)).config(config).build();
    }

    private TestingPluginContext key() {
        return ctx.withIdempotencyKey("key-" + (++keys));
    }

    private static AuthorizeRequest deposit(String order, Money amount) {
        return new AuthorizeRequest("pay-" + order, order, amount, PaymentMethod.of(PaymentMethodType.ESCROW), "buyer-1", "");
    }

    /** Pays 1000.00 EUR into escrow for an order and secures it all at shipment. */
    private String shipped(String order) {
        String ref = escrow.authorize(deposit(order, Money.of("1000.00", "EUR")), key()).providerReference();
        assertThat(escrow.capture(PaymentOperation.whole(ref), key()).succeeded()).isTrue();
        return ref;
    }

    private void event(String type, String order, Map<String, String> attributes) {
        OrderEvent e = new OrderEvent("evt-" + (++events), type, order, ctx.clock().instant(), attributes);
        escrow.onOrderEvent(e, ctx.withIdempotencyKey(e.eventId()));
    }

    private void event(String type, String order, String ref) {
        event(type, order, Map.of("paymentProvider", "payment-escrow", "providerReference", ref));
    }

    private List<PaymentEventType> notified(String ref) {
        byte[] body = EscrowWebhookSigner.notificationBody(ref);
        Instant now = ctx.clock().instant();
        WebhookResult<PaymentEvent> result = escrow.handleWebhook(new InboundWebhook(Map.of(EscrowWebhookSigner.SIGNATURE_HEADER,
                List.of(EscrowWebhookSigner.signatureHeader(SECRET, body, now))), body, now), ctx);
        assertThat(result.isVerified()).isTrue();
        return result.events().stream().map(PaymentEvent::type).toList();
    }

    private static String code(PaymentResult r) {
        return r.reason().map(Reason::code).orElse("");
    }

    @Test
    void aDepositIsHeldAndOnlyEscrowPaymentsAreTaken() {
        PaymentResult held = escrow.authorize(deposit("o1", Money.of("250.00", "EUR")), key());
        assertThat(held.succeeded()).isTrue();
        assertThat(held.providerReference()).isEqualTo(EscrowPaymentProvider.referenceFor("pay-o1"));
        assertThat(escrow.retrieve(held.providerReference(), ctx).state()).isEqualTo(PaymentState.AUTHORIZED);
        AuthorizeRequest card = new AuthorizeRequest("p2", "o2", Money.of("1", "EUR"), PaymentMethod.of(PaymentMethodType.CARD), "", "");
        assertThat(code(escrow.authorize(card, key()))).isEqualTo("PAYMENT_METHOD_NOT_SUPPORTED");
        assertThat(code(escrow.authorize(deposit("o3", Money.of("10", "GBP")), key()))).isEqualTo("CURRENCY_NOT_SUPPORTED");
        assertThat(code(escrow.authorize(deposit("o4", Money.of("0.99", "EUR")), key()))).isEqualTo("AMOUNT_BELOW_MINIMUM");
        assertThat(code(escrow.authorize(deposit("o5", Money.of("1000000.01", "EUR")), key()))).isEqualTo("AMOUNT_ABOVE_MAXIMUM");
    }

    @Test
    void deliveryReleasesTheFundsToTheSellerAndARefundAfterwardsIsDeclined() {
        String ref = shipped("o1");
        assertThat(notified(ref)).doesNotContain(PaymentEventType.RELEASED_TO_SELLER);
        event(EscrowPaymentProvider.DELIVERED, "o1", ref);
        assertThat(notified(ref)).containsExactly(PaymentEventType.AUTHORIZED, PaymentEventType.CAPTURED, PaymentEventType.RELEASED_TO_SELLER);
        PaymentResult refund = escrow.refund(PaymentOperation.of(ref, Money.of("10.00", "EUR")), key());
        assertThat(refund.status()).isEqualTo(TransactionStatus.DECLINED);
        assertThat(code(refund)).isEqualTo("ALREADY_RELEASED_TO_SELLER");
        assertThat(escrow.retrieve(ref, ctx).refunded().isZero()).isTrue();
    }

    @Test
    void theReleaseEventCarriesTheAmountNetOfRefunds() {
        String ref = shipped("o1");
        escrow.refund(PaymentOperation.of(ref, Money.of("100.00", "EUR")), key());
        event(EscrowPaymentProvider.DELIVERED, "o1", ref);
        byte[] body = EscrowWebhookSigner.notificationBody(ref);
        WebhookResult<PaymentEvent> result = escrow.handleWebhook(new InboundWebhook(Map.of(EscrowWebhookSigner.SIGNATURE_HEADER,
                List.of(EscrowWebhookSigner.signatureHeader(SECRET, body, NOW))), body, NOW), ctx);
        PaymentEvent release = result.events().get(result.events().size() - 1);
        assertThat(release.type()).isEqualTo(PaymentEventType.RELEASED_TO_SELLER);
        assertThat(release.amount()).isEqualTo(Money.of("900.00", "EUR"));
        assertThat(release.eventId()).isEqualTo(ref + "-released");
    }

    @Test
    void orderEventsFindThePaymentByOrderIdWhenNoReferenceIsSent() {
        String ref = shipped("o1");
        event(EscrowPaymentProvider.DELIVERED, "o1", Map.of());
        assertThat(notified(ref)).contains(PaymentEventType.RELEASED_TO_SELLER);
    }

    @Test
    void eventsForAnotherProviderOrAnUnknownOrderAreIgnored() {
        String ref = shipped("o1");
        event(EscrowPaymentProvider.DELIVERED, "o1", Map.of("paymentProvider", "payment-card-sandbox", "providerReference", ref));
        event(EscrowPaymentProvider.DELIVERED, "unknown-order", Map.of());
        assertThat(notified(ref)).doesNotContain(PaymentEventType.RELEASED_TO_SELLER);
    }

    @Test
    void theDisputeWindowReleasesFundsWithoutADeliveryEvent() {
        String ref = shipped("o1");
        ctx.mutableClock().advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(notified(ref)).doesNotContain(PaymentEventType.RELEASED_TO_SELLER);
        ctx.mutableClock().advance(Duration.ofSeconds(1));
        assertThat(notified(ref)).contains(PaymentEventType.RELEASED_TO_SELLER);
        assertThat(code(escrow.refund(PaymentOperation.whole(ref), key()))).isEqualTo("ALREADY_RELEASED_TO_SELLER");
        assertThat(code(escrow.capture(PaymentOperation.whole(ref), key()))).isEqualTo("ALREADY_RELEASED_TO_SELLER");
    }

    @Test
    void aRefundJustBeforeTheWindowEndsIsAllowed() {
        String ref = shipped("o1");
        ctx.mutableClock().advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(escrow.refund(PaymentOperation.of(ref, Money.of("1.00", "EUR")), key()).succeeded()).isTrue();
    }

    @Test
    void theInspectionPeriodDelaysTheReleaseAfterDeliveryAndADisputeInItFreezesIt() {
        TestingPluginContext c = context(Map.of("webhookSecret", SECRET, "inspectionDays", "3"));
        String ref = escrow.authorize(deposit("o1", Money.of("500.00", "EUR")), c.withIdempotencyKey("a")).providerReference();
        escrow.capture(PaymentOperation.whole(ref), c.withIdempotencyKey("b"));
        escrow.onOrderEvent(new OrderEvent("e1", EscrowPaymentProvider.DELIVERED, "o1", NOW, Map.of()), c.withIdempotencyKey("e1"));
        c.mutableClock().advance(Duration.ofDays(2));
        escrow.onOrderEvent(new OrderEvent("e2", EscrowPaymentProvider.DISPUTED, "o1", c.clock().instant(), Map.of()), c.withIdempotencyKey("e2"));
        c.mutableClock().advance(Duration.ofDays(60));
        assertThat(escrow.refund(PaymentOperation.of(ref, Money.of("50.00", "EUR")), c.withIdempotencyKey("c")).succeeded())
                .as("disputed funds are still in escrow long after the window").isTrue();
        escrow.onOrderEvent(new OrderEvent("e3", EscrowPaymentProvider.DISPUTE_RESOLVED, "o1", c.clock().instant(),
                Map.of("resolution", "RELEASE_TO_SELLER")), c.withIdempotencyKey("e3"));
        PaymentResult late = escrow.refund(PaymentOperation.of(ref, Money.of("1.00", "EUR")), c.withIdempotencyKey("d"));
        assertThat(code(late)).isEqualTo("ALREADY_RELEASED_TO_SELLER");
        assertThat(late.reason().orElseThrow().message()).contains("450.00 EUR");
    }

    @Test
    void withoutADisputeTheInspectionPeriodEndsInARelease() {
        TestingPluginContext c = context(Map.of("webhookSecret", SECRET, "inspectionDays", "3"));
        String ref = escrow.authorize(deposit("o1", Money.of("500.00", "EUR")), c.withIdempotencyKey("a")).providerReference();
        escrow.capture(PaymentOperation.whole(ref), c.withIdempotencyKey("b"));
        escrow.onOrderEvent(new OrderEvent("e1", EscrowPaymentProvider.DELIVERED, "o1", NOW, Map.of()), c.withIdempotencyKey("e1"));
        c.mutableClock().advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(escrow.refund(PaymentOperation.of(ref, Money.of("1.00", "EUR")), c.withIdempotencyKey("c")).succeeded()).isTrue();
        c.mutableClock().advance(Duration.ofSeconds(1));
        assertThat(code(escrow.refund(PaymentOperation.of(ref, Money.of("1.00", "EUR")), c.withIdempotencyKey("d"))))
                .isEqualTo("ALREADY_RELEASED_TO_SELLER");
    }

    @Test
    void aDisputeResolvedForTheBuyerRefundsWhatIsHeld() {
        String ref = shipped("o1");
        event(EscrowPaymentProvider.DISPUTED, "o1", ref);
        event(EscrowPaymentProvider.DELIVERED, "o1", ref);
        assertThat(notified(ref)).doesNotContain(PaymentEventType.RELEASED_TO_SELLER);
        event(EscrowPaymentProvider.DISPUTE_RESOLVED, "o1", Map.of("providerReference", ref, "resolution", "REFUND_TO_BUYER"));
        assertThat(escrow.retrieve(ref, ctx).state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(notified(ref)).containsExactly(PaymentEventType.AUTHORIZED, PaymentEventType.CAPTURED, PaymentEventType.REFUNDED);
    }

    @Test
    void cancellationRefundsSecuredFundsOrVoidsAHeldDeposit() {
        String shipped = shipped("o1");
        event(EscrowPaymentProvider.CANCELLED, "o1", shipped);
        assertThat(escrow.retrieve(shipped, ctx).state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(escrow.retrieve(shipped, ctx).refunded()).isEqualTo(Money.of("1000.00", "EUR"));

        String held = escrow.authorize(deposit("o2", Money.of("70.00", "EUR")), key()).providerReference();
        event(EscrowPaymentProvider.CANCELLED, "o2", held);
        assertThat(escrow.retrieve(held, ctx).state()).isEqualTo(PaymentState.VOIDED);
        assertThat(escrow.voidAuthorization(PaymentOperation.whole(held), key()).succeeded()).as("the core's own void is harmless").isTrue();
    }

    @Test
    void cancellationAfterReleaseChangesNothing() {
        String ref = shipped("o1");
        event(EscrowPaymentProvider.DELIVERED, "o1", ref);
        event(EscrowPaymentProvider.CANCELLED, "o1", ref);
        assertThat(escrow.retrieve(ref, ctx).refunded().isZero()).isTrue();
        assertThat(notified(ref)).contains(PaymentEventType.RELEASED_TO_SELLER).doesNotContain(PaymentEventType.REFUNDED);
    }

    @Test
    void anEventDeliveredTwiceActsOnce() {
        String ref = escrow.authorize(deposit("o1", Money.of("100.00", "EUR")), key()).providerReference();
        escrow.capture(PaymentOperation.of(ref, Money.of("60.00", "EUR")), key());
        OrderEvent cancel = new OrderEvent("evt-cancel", EscrowPaymentProvider.CANCELLED, "o1", NOW, Map.of("providerReference", ref));
        escrow.onOrderEvent(cancel, ctx.withIdempotencyKey("evt-cancel"));
        Map<String, String> once = ctx.inMemoryStore().snapshot();
        escrow.onOrderEvent(cancel, ctx.withIdempotencyKey("evt-cancel"));
        assertThat(ctx.inMemoryStore().snapshot()).isEqualTo(once);
        assertThat(escrow.retrieve(ref, ctx).refunded()).isEqualTo(Money.of("60.00", "EUR"));
    }

    @Test
    void capturesAndRefundsKeepTheirLimitsAndIdempotency() {
        String ref = escrow.authorize(deposit("o1", Money.of("100.00", "EUR")), key()).providerReference();
        assertThat(code(escrow.capture(PaymentOperation.of(ref, Money.ofMinor(10001, "EUR")), key()))).isEqualTo("AMOUNT_EXCEEDS_AUTHORIZED");
        TestingPluginContext k = ctx.withIdempotencyKey("cap");
        PaymentResult first = escrow.capture(PaymentOperation.of(ref, Money.of("100.00", "EUR")), k);
        assertThat(escrow.capture(PaymentOperation.of(ref, Money.of("100.00", "EUR")), k)).isEqualTo(first);
        assertThat(code(escrow.capture(PaymentOperation.of(ref, Money.of("1.00", "EUR")), k))).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(code(escrow.refund(PaymentOperation.of(ref, Money.ofMinor(10001, "EUR")), key()))).isEqualTo("AMOUNT_EXCEEDS_REFUNDABLE");
        assertThat(escrow.refund(PaymentOperation.of(ref, Money.ofMinor(10000, "EUR")), key()).succeeded()).isTrue();
        assertThatThrownBy(() -> escrow.refund(PaymentOperation.whole(ref), ctx.withoutIdempotencyKey())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void racingCapturesNeverExceedTheDeposit() throws Exception {
        String ref = escrow.authorize(deposit("o1", Money.of("100.00", "EUR")), key()).providerReference();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentResult>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            TestingPluginContext k = ctx.withIdempotencyKey("race-" + i);
            futures.add(pool.submit(() -> {
                start.await();
                return escrow.capture(PaymentOperation.of(ref, Money.of("30.00", "EUR")), k);
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<PaymentResult> f : futures) {
            ok += f.get(30, TimeUnit.SECONDS).succeeded() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ok).isEqualTo(3);
        assertThat(escrow.retrieve(ref, ctx).captured()).isEqualTo(Money.of("90.00", "EUR"));
    }

    @Test
    void webhooksMustBeSignedFreshAndUntampered() {
        String ref = shipped("o1");
        byte[] body = EscrowWebhookSigner.notificationBody(ref);
        String header = EscrowWebhookSigner.signatureHeader(SECRET, body, NOW);
        byte[] other = EscrowWebhookSigner.notificationBody(EscrowPaymentProvider.referenceFor("pay-other"));
        assertThat(escrow.handleWebhook(new InboundWebhook(Map.of("X-Escrow-Signature", List.of(header)), other, NOW), ctx).rejection())
                .map(Reason::code).contains("INVALID_SIGNATURE");
        ctx.mutableClock().advance(Duration.ofMinutes(6));
        assertThat(escrow.handleWebhook(new InboundWebhook(Map.of("X-Escrow-Signature", List.of(header)), body, NOW), ctx).rejection())
                .map(Reason::code).contains("TIMESTAMP_OUTSIDE_TOLERANCE");
        byte[] unknown = EscrowWebhookSigner.notificationBody("esc_" + "0".repeat(32));
        String signed = EscrowWebhookSigner.signatureHeader(SECRET, unknown, ctx.clock().instant());
        WebhookResult<PaymentEvent> none = escrow.handleWebhook(new InboundWebhook(Map.of("X-Escrow-Signature", List.of(signed)), unknown, NOW), ctx);
        assertThat(none.isVerified()).isTrue();
        assertThat(none.events()).isEmpty();
    }

    @Test
    void theEscrowTermsAreFixedWhenTheBuyerPaysIn() {
        TestingPluginContext c = context(Map.of("webhookSecret", SECRET, "disputeWindowDays", "10"));
        String ref = escrow.authorize(deposit("o1", Money.of("100.00", "EUR")), c.withIdempotencyKey("a")).providerReference();
        escrow.capture(PaymentOperation.whole(ref), c.withIdempotencyKey("b"));
        TestingPluginContext longer = TestingPluginContext.builder().extension(escrow).clock(c.clock()).store(c.store())
                .config(Map.of("webhookSecret", SECRET, "disputeWindowDays", "90")).build();
        longer.mutableClock().advance(Duration.ofDays(10));
        assertThat(code(escrow.refund(PaymentOperation.whole(ref), longer.withIdempotencyKey("c")))).isEqualTo("ALREADY_RELEASED_TO_SELLER");
    }

    @Test
    void configurationIsValidatedWithClearMessages() {
        Map<String, String> raw = new HashMap<>(Map.of("webhookSecret", "short", "currencies", "EUR,XAU", "disputeWindowDays", "0",
                "inspectionDays", "61", "minAmount", "5", "maxAmount", "1"));
        List<ConfigProblem> problems = escrow.validateConfig(escrow.configSchema().apply(raw));
        assertThat(problems).extracting(ConfigProblem::field)
                .containsExactlyInAnyOrder("webhookSecret", "currencies", "disputeWindowDays", "inspectionDays", "maxAmount");
        assertThat(escrow.validateConfig(escrow.configSchema().apply(Map.of("webhookSecret", SECRET)))).isEmpty();
    }

    @Test
    void theStoredRecordRoundTrips() {
        String ref = shipped("o1");
        event(EscrowPaymentProvider.DISPUTED, "o1", ref);
        String raw = ctx.store().get("pay:" + ref).orElseThrow();
        EscrowRecord record = EscrowRecord.decode(raw);
        assertThat(record.encode()).isEqualTo(raw);
        assertThat(record.disputed()).isTrue();
        assertThat(record.seenEvents()).hasSize(1);
    }
}
