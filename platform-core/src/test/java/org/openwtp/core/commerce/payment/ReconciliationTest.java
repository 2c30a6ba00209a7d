package org.openwtp.core.commerce.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.CommerceFixture.A;
import static org.openwtp.core.commerce.CommerceFixture.card;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.CommerceFixture;
import org.openwtp.core.commerce.FakePaymentProvider;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderStatus;
import org.openwtp.core.commerce.order.OrderView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.TestDatabase;

/** PENDING and UNKNOWN outcomes stay as they are until the provider tells; the reconciler asks. */
class ReconciliationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void authorizationWhoseAnswerWasLostAfterTheChargeIsReconciled(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.THROW_AFTER_CHARGE)).orderId();
            OrderView order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_PENDING);
            assertThat(order.payment().status()).isEqualTo("AUTHORIZATION_UNKNOWN");
            assertThat(order.payment().authorized().minorUnits()).isZero();
            assertThat(f.stock(A, "p1")).isEqualTo(4);
            // not due yet: nothing is guessed
            assertThat(f.reconciler.reconcileOnce().checked()).isZero();
            f.clock.advance(Duration.ofSeconds(11));
            assertThat(f.reconciler.reconcileOnce().settled()).isEqualTo(1);
            order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
            assertThat(order.payment().authorized().minorUnits()).isEqualTo(11000);
            assertThat(f.orders.history(A, id)).extracting(e -> e.get("type"))
                    .containsExactly("order.created", "order.payment_pending", "order.authorized");
        }
    }

    @Test
    void callThatHangsPastItsDeadlineAfterChargingIsUnknownThenReconciled() {
        try (CommerceFixture f = new CommerceFixture(TestDatabase.open(Backend.SQLITE, dir), Duration.ofMillis(300))) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.BLOCK_AFTER_CHARGE)).orderId();
            assertThat(f.orders.get(A, id).payment().status()).isEqualTo("AUTHORIZATION_UNKNOWN");
            assertThat(f.orders.get(A, id).payment().reasonCode()).isEqualTo("TIMEOUT");
            assertThatThrownBy(() -> f.shipments.ship(A, id)).isInstanceOf(ApiException.class);
            f.clock.advance(Duration.ofSeconds(11));
            f.reconciler.reconcileOnce();
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.AUTHORIZED);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void pendingAuthorizationWaitsForTheIssuerWithGrowingPauses(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.PENDING)).orderId();
            OrderView order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_PENDING);
            assertThat(order.payment().status()).isEqualTo("AUTHORIZATION_PENDING");
            assertThatThrownBy(() -> f.shipments.ship(A, id)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(org.openwtp.core.commerce.order.OrderStateMachine.ILLEGAL_TRANSITION));
            f.clock.advance(Duration.ofSeconds(11));
            assertThat(f.reconciler.reconcileOnce()).isEqualTo(new PaymentReconciler.Round(1, 0));
            f.clock.advance(Duration.ofSeconds(11));
            assertThat(f.reconciler.reconcileOnce().checked()).as("the second wait is longer").isZero();
            f.provider.settlePending(order.payment().providerReference(), false);
            f.clock.advance(Duration.ofSeconds(30));
            assertThat(f.reconciler.reconcileOnce().settled()).isEqualTo(1);
            order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
            assertThat(order.payment().reasonCode()).isEqualTo("RECONCILED_DECLINED");
            assertThat(f.stock(A, "p1")).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void captureWhoseAnswerWasLostIsReconciledAndShippingThenProceeds(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
            f.provider.loseNextCaptureAnswer = true;
            assertThatThrownBy(() -> f.shipments.ship(A, id)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(CommerceErrors.PAYMENT_OUTCOME_PENDING));
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.AUTHORIZED);
            // a second attempt does not capture again while the first is unknown
            assertThatThrownBy(() -> f.shipments.ship(A, id)).isInstanceOf(ApiException.class);
            assertThat(f.provider.captureCalls.get()).isEqualTo(1);
            f.clock.advance(Duration.ofSeconds(11));
            assertThat(f.reconciler.reconcileOnce().settled()).isEqualTo(1);
            assertThat(f.orders.get(A, id).status()).isEqualTo(OrderStatus.PAID);
            assertThat(f.shipments.ship(A, id).trackingNumber()).isNotEmpty();
            assertThat(f.provider.captures.get()).isEqualTo(1);
            assertThat(f.orders.get(A, id).payment().captured().minorUnits()).isEqualTo(11000);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void orderCancelledWhileTheAuthorizationWasUnknownIsVoidedWhenItTurnsOutAuthorized(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.THROW_AFTER_CHARGE)).orderId();
            f.orders.cancel(A, id, "buyer gave up");
            assertThat(f.stock(A, "p1")).isEqualTo(5);
            f.clock.advance(Duration.ofSeconds(11));
            f.reconciler.reconcileOnce();
            f.reconciler.reconcileOnce();
            OrderView order = f.orders.get(A, id);
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.payment().status()).isEqualTo("VOIDED");
            assertThat(f.provider.voids.get()).isEqualTo(1);
        }
    }
}
