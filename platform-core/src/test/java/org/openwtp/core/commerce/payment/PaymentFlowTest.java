package org.openwtp.core.commerce.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.CommerceFixture.A;
import static org.openwtp.core.commerce.CommerceFixture.card;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.CommerceFixture;
import org.openwtp.core.commerce.FakePaymentProvider;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderStateMachine;
import org.openwtp.core.commerce.order.OrderStatus;
import org.openwtp.core.commerce.order.OrderView;
import org.openwtp.core.commerce.shipment.ShipmentView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.payment.TransactionStatus;

class PaymentFlowTest {

    @TempDir
    Path dir;

    private static String placed(CommerceFixture f) {
        f.product(A, "p1", 5);
        f.quote(A, "q1", "p1", 1);
        return f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shippingCapturesThenBooksWithTheCustomsItemsOfTheQuote(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            ShipmentView shipment = f.shipments.ship(A, id);
            assertThat(shipment.trackingNumber()).isEqualTo("TRK1");
            assertThat(shipment.customsForm()).isEqualTo("CN23");
            assertThat(f.carrier.lastRequest.contents()).singleElement().satisfies(i -> assertThat(i.hsCode().digits()).isEqualTo("090230"));
            assertThat(f.carrier.lastRequest.to().country().code()).isEqualTo("DE");
            OrderView order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(order.payment().captured().minorUnits()).isEqualTo(11000);
            // shipping again returns the same shipment, captures and books nothing more
            assertThat(f.shipments.ship(A, id).trackingNumber()).isEqualTo("TRK1");
            assertThat(f.provider.captures.get()).isEqualTo(1);
            assertThat(f.carrier.bookings.get()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void refusedShipmentKeepsTheOrderPaidAndCanBeRetried(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            f.carrier.refuse = true;
            assertThatThrownBy(() -> f.shipments.ship(A, id)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(CommerceErrors.SHIPMENT_REFUSED));
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.PAID);
            f.carrier.refuse = false;
            assertThat(f.shipments.ship(A, id).trackingNumber()).isNotEmpty();
            assertThat(f.provider.captures.get()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void partialThenFullRefundNeverExceedCaptured(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            assertThatThrownBy(() -> f.payments.refund(A, id, Optional.of(100L), "early", Optional.empty()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(OrderStateMachine.ILLEGAL_TRANSITION));
            f.shipments.ship(A, id);
            PaymentOutcome part = f.payments.refund(A, id, Optional.of(3000L), "damaged box", Optional.empty());
            assertThat(part.status()).isEqualTo(TransactionStatus.SUCCEEDED);
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertThatThrownBy(() -> f.payments.refund(A, id, Optional.of(8001L), "too much", Optional.empty()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo(CommerceErrors.REFUND_EXCEEDS_CAPTURED);
                        assertThat(e.detail()).contains("80.00");
                    });
            PaymentOutcome rest = f.payments.refund(A, id, Optional.empty(), "return", Optional.empty());
            assertThat(rest.amount().minorUnits()).isEqualTo(8000);
            OrderView order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(order.payment().refunded().minorUnits()).isEqualTo(11000);
            assertThatThrownBy(() -> f.payments.refund(A, id, Optional.of(1L), "more", Optional.empty()))
                    .isInstanceOf(ApiException.class);
            assertThat(f.provider.refunds.get()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void refundWithTheSameKeyIsMadeOnce(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            f.shipments.ship(A, id);
            PaymentOutcome first = f.payments.refund(A, id, Optional.of(1000L), "r", Optional.of("refund-1"));
            PaymentOutcome again = f.payments.refund(A, id, Optional.of(1000L), "r", Optional.of("refund-1"));
            assertThat(again).isEqualTo(first);
            assertThat(f.provider.refunds.get()).isEqualTo(1);
            assertThatThrownBy(() -> f.payments.refund(A, id, Optional.of(2000L), "r", Optional.of("refund-1")))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.IDEMPOTENCY_KEY_REUSED));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void trackingWebhookDeliversTheOrderOnce(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String id = placed(f);
            String tracking = f.shipments.ship(A, id).trackingNumber();
            assertThat(f.shipments.track(A, id).events()).extracting(ShipmentView.TrackingView::status).containsExactly("IN_TRANSIT");
            var webhook = new org.openwtp.sdk.webhook.InboundWebhook(java.util.Map.of("X-Carrier-Signature", java.util.List.of("valid")),
                    ("number=" + tracking + "&status=DELIVERED").getBytes(), f.clock.instant());
            assertThat(f.shipments.handleWebhook(A, CommerceFixture.SHIP, webhook).applied()).isEqualTo(1);
            assertThat(f.shipments.handleWebhook(A, CommerceFixture.SHIP, webhook).duplicates()).isEqualTo(1);
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(f.orders.history(A, id)).extracting(e -> e.get("type"))
                    .containsExactly("order.created", "order.authorized", "order.paid", "order.shipped", "order.tracking_updated",
                            "order.delivered");
            var forged = new org.openwtp.sdk.webhook.InboundWebhook(java.util.Map.of(), "number=x&status=DELIVERED".getBytes(),
                    f.clock.instant());
            assertThatThrownBy(() -> f.shipments.handleWebhook(A, CommerceFixture.SHIP, forged)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(CommerceErrors.WEBHOOK_REJECTED));
            assertThatThrownBy(() -> f.shipments.handleWebhook(CommerceFixture.B, CommerceFixture.SHIP, webhook))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().status()).isEqualTo(404));
        }
    }
}
