package org.openwtp.core.commerce.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.commerce.CommerceFixture.A;
import static org.openwtp.core.commerce.CommerceFixture.PAY;
import static org.openwtp.core.commerce.CommerceFixture.card;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.CommerceFixture;
import org.openwtp.core.commerce.FakePaymentProvider;
import org.openwtp.core.commerce.order.OrderStatus;
import org.openwtp.core.commerce.order.OrderView;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.payment.PaymentEventType;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.webhook.InboundWebhook;

/** Webhooks that race the synchronous answer, or arrive twice, never count money twice. */
class WebhookRaceTest {

    @TempDir
    Path dir;

    private static InboundWebhook webhook(CommerceFixture f, String eventId, PaymentEventType type, String ref, long amount) {
        return new InboundWebhook(Map.of("X-Fake-Signature", List.of("valid")),
                FakePaymentProvider.webhookBody(eventId, type, ref, amount, "EUR"), f.clock.instant());
    }

    private static String placed(CommerceFixture f) {
        f.product(A, "p1", 5);
        f.quote(A, "q1", "p1", 1);
        return f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void captureWebhookArrivingBeforeTheSynchronousAnswerCapturesOnce(Backend backend) throws Exception {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            String ref = f.orders.get(A, id).payment().providerReference();
            f.provider.holdCaptureAnswer = new CountDownLatch(1);
            CompletableFuture<?> shipping = CompletableFuture.runAsync(() -> f.shipments.ship(A, id));
            assertThat(f.provider.captureMoved.await(10, TimeUnit.SECONDS)).isTrue();
            // the provider has moved the money but not answered yet: its webhook comes first
            PaymentService.WebhookReport report = f.payments.handleWebhook(A, PAY, webhook(f, "evt-1", PaymentEventType.CAPTURED, ref, 11000));
            assertThat(report.applied()).isEqualTo(1);
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.PAID);
            f.provider.holdCaptureAnswer.countDown();
            shipping.get(10, TimeUnit.SECONDS);
            OrderView order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(order.payment().captured().minorUnits()).isEqualTo(11000);
            assertThat(f.payments.handleWebhook(A, PAY, webhook(f, "evt-1", PaymentEventType.CAPTURED, ref, 11000)).duplicates()).isEqualTo(1);
            assertThat(f.orders.get(A, id).payment().captured().minorUnits()).isEqualTo(11000);
            assertThat(f.provider.captures.get()).isEqualTo(1);
            assertThat(f.payments.operations(A, id)).filteredOn(o -> o.type() == org.openwtp.sdk.payment.TransactionType.CAPTURE)
                    .hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void captureWebhookAfterTheSynchronousAnswerOnlyConfirms(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            String ref = f.orders.get(A, id).payment().providerReference();
            f.shipments.ship(A, id);
            PaymentService.WebhookReport report = f.payments.handleWebhook(A, PAY, webhook(f, "evt-9", PaymentEventType.CAPTURED, ref, 11000));
            assertThat(report.applied()).isZero();
            assertThat(report.ignored()).isEqualTo(1);
            assertThat(f.orders.get(A, id).payment().captured().minorUnits()).isEqualTo(11000);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void refundWebhookTwiceAndRacingTheAnswerRefundsOnce(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            String ref = f.orders.get(A, id).payment().providerReference();
            f.shipments.ship(A, id);
            PaymentOutcome refund = f.payments.refund(A, id, Optional.of(2500L), "scratch", Optional.empty());
            assertThat(refund.status()).isEqualTo(TransactionStatus.SUCCEEDED);
            for (int i = 0; i < 3; i++) {
                f.payments.handleWebhook(A, PAY, webhook(f, "evt-r", PaymentEventType.REFUNDED, ref, 2500));
            }
            OrderView order = f.orders.get(A, id);
            assertThat(order.payment().refunded().minorUnits()).isEqualTo(2500);
            assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertThat(f.provider.refunds.get()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void concurrentDuplicateWebhooksApplyOnce(Backend backend) throws Exception {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            String ref = f.orders.get(A, id).payment().providerReference();
            f.shipments.ship(A, id);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<PaymentService.WebhookReport>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return f.payments.handleWebhook(A, PAY, webhook(f, "evt-ext", PaymentEventType.REFUNDED, ref, 1000));
                }));
            }
            go.countDown();
            int applied = 0;
            for (var r : all) {
                applied += r.get(20, TimeUnit.SECONDS).applied();
            }
            assertThat(applied).isEqualTo(1);
            assertThat(f.orders.get(A, id).payment().refunded().minorUnits()).isEqualTo(1000);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void webhookEchoingThePaymentIdSettlesAnAuthorizationWhoseAnswerAndReferenceWereLost(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.THROW_AFTER_CHARGE)).orderId();
            OrderView order = f.orders.get(A, id);
            assertThat(order.payment().status()).isEqualTo("AUTHORIZATION_UNKNOWN");
            assertThat(order.payment().providerReference()).isNullOrEmpty();
            String paymentId = order.payment().paymentId();
            String ref = FakePaymentProvider.referenceFor(paymentId);

            // naming only the provider's reference, which the core never received: nothing to apply it to
            PaymentService.WebhookReport first = f.payments.handleWebhook(A, PAY, webhook(f, "evt-a", PaymentEventType.AUTHORIZED, ref, 11000));
            assertThat(first.applied()).isZero();
            assertThat(first.ignored()).isEqualTo(1);
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.PAYMENT_PENDING);

            // delivered again, echoing the core's payment id: matched, the reference recorded, applied once
            InboundWebhook echoing = new InboundWebhook(Map.of("X-Fake-Signature", List.of("valid")),
                    FakePaymentProvider.webhookBody("evt-a", PaymentEventType.AUTHORIZED, ref, 11000, "EUR", paymentId), f.clock.instant());
            assertThat(f.payments.handleWebhook(A, PAY, echoing).applied()).isEqualTo(1);
            order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
            assertThat(order.payment().providerReference()).isEqualTo(ref);
            assertThat(order.payment().authorized().minorUnits()).isEqualTo(11000);
            assertThat(f.payments.handleWebhook(A, PAY, echoing).duplicates()).isEqualTo(1);
            assertThat(f.payments.handleWebhook(A, PAY, webhook(f, "evt-a", PaymentEventType.AUTHORIZED, ref, 11000)).duplicates()).isEqualTo(1);
            assertThat(f.orders.get(A, id).payment().authorized().minorUnits()).isEqualTo(11000);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEchoedPaymentIdNeverMovesAnEventOntoAPaymentWithAnotherReference(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            String paymentId = f.orders.get(A, id).payment().paymentId();
            InboundWebhook foreign = new InboundWebhook(Map.of("X-Fake-Signature", List.of("valid")),
                    FakePaymentProvider.webhookBody("evt-x", PaymentEventType.REFUNDED, "someone-elses-ref", 11000, "EUR", paymentId),
                    f.clock.instant());
            PaymentService.WebhookReport report = f.payments.handleWebhook(A, PAY, foreign);
            assertThat(report.applied()).isZero();
            assertThat(f.orders.get(A, id).payment().refunded().minorUnits()).isZero();
            assertThat(f.orders.get(A, id).payment().providerReference()).isEqualTo(FakePaymentProvider.referenceFor(paymentId));
        }
    }
}
