package org.openwtp.core.commerce.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.CommerceFixture.A;
import static org.openwtp.core.commerce.CommerceFixture.B;
import static org.openwtp.core.commerce.CommerceFixture.card;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.CommerceFixture;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.FakePaymentProvider;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.store.Backend;
import com.fasterxml.jackson.databind.JsonNode;
import org.openwtp.core.http.ApiJson;

class OrderPlacementTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void placingAnOrderReservesStockAndAuthorizes(Backend backend) throws Exception {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 2);
            OrderService.Placement placed = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE));
            assertThat(placed.status()).isEqualTo(201);
            OrderView order = f.orders.get(A, placed.orderId());
            assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
            assertThat(order.total().minorUnits()).isEqualTo(21000);
            assertThat(order.payment().authorized().minorUnits()).isEqualTo(21000);
            assertThat(order.payment().providerReference()).startsWith("fp_pay_");
            assertThat(f.stock(A, "p1")).isEqualTo(3);
            JsonNode body = ApiJson.mapper().readTree(placed.body());
            assertThat(body.get("status").asText()).isEqualTo("AUTHORIZED");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sameKeyAndBodyReturnsTheSameOrder(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            OrderService.Placement first = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE));
            OrderService.Placement again = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE));
            assertThat(again).isEqualTo(first);
            assertThat(f.stock(A, "p1")).isEqualTo(4);
            assertThat(f.orders.list(A, new PageRequest(50, java.util.Optional.empty()), java.util.Optional.empty(),
                    java.util.Optional.empty()).items()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sameKeyWithAnotherBodyIsRefused(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE));
            assertThatThrownBy(() -> f.orders.place(A, "key-1", "idem-1", card("q1", "5555555555554444")))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.IDEMPOTENCY_KEY_REUSED));
            // the key is scoped per caller: another API key may use the same value
            assertThat(f.orders.place(A, "key-2", "idem-1", card("q1", "5555555555554444")).status()).isEqualTo(201);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void expiredQuoteIsRefusedClearly(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            f.clock.advance(Duration.ofHours(2));
            assertThatThrownBy(() -> f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo(CommerceErrors.QUOTE_EXPIRED);
                        assertThat(e.detail()).contains("expired", "ask for a new quote");
                    });
            assertThat(f.stock(A, "p1")).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anotherTenantsOrderIsNotFound(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 1);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
            assertThatThrownBy(() -> f.orders.get(B, id)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code().status()).isEqualTo(404));
            assertThatThrownBy(() -> f.orders.cancel(B, id, "mine now")).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code().status()).isEqualTo(404));
            assertThatThrownBy(() -> f.orders.place(B, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.QUOTE_NOT_FOUND));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fiftyConcurrentBuyersNeverOversellStockOfTen(Backend backend) throws Exception {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 10);
            f.quote(A, "q1", "p1", 1);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String key = "idem-" + i;
                Callable<String> buy = () -> {
                    start.await();
                    try {
                        return f.orders.place(A, "key-1", key, card("q1", FakePaymentProvider.APPROVE)).orderId();
                    } catch (ApiException e) {
                        return e.code().code();
                    }
                };
                results.add(pool.submit(buy));
            }
            start.countDown();
            int placed = 0;
            int outOfStock = 0;
            for (Future<String> r : results) {
                String outcome = r.get(60, TimeUnit.SECONDS);
                if (outcome.startsWith("ord_")) {
                    placed++;
                } else if (outcome.equals(CommerceErrors.OUT_OF_STOCK.code())) {
                    outOfStock++;
                }
            }
            pool.shutdown();
            assertThat(placed).isEqualTo(10);
            assertThat(outOfStock).isEqualTo(40);
            assertThat(f.stock(A, "p1")).isZero();
            int stored = f.storage.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE tenant_id = 'tenant-a'")
                    .mapTo(Integer.class).one());
            assertThat(stored).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void cancellingReleasesStockAndVoids(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 2);
            String id = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
            OrderView cancelled = f.orders.cancel(A, id, "changed my mind");
            assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(cancelled.payment().status()).isEqualTo("VOIDED");
            assertThat(f.stock(A, "p1")).isEqualTo(5);
            assertThat(f.provider.voids.get()).isEqualTo(1);
            // again: a no-op, stock is not released twice
            f.orders.cancel(A, id, "again");
            assertThat(f.stock(A, "p1")).isEqualTo(5);
            assertThatThrownBy(() -> f.shipments.ship(A, id)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(OrderStateMachine.ILLEGAL_TRANSITION));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void declinedPaymentFailsTheOrderAndReleasesStock(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            f.product(A, "p1", 5);
            f.quote(A, "q1", "p1", 2);
            OrderService.Placement placed = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.DECLINE));
            OrderView order = f.orders.get(A, placed.orderId());
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
            assertThat(order.payment().status()).isEqualTo("DECLINED");
            assertThat(order.payment().reasonCode()).isEqualTo("CARD_DECLINED");
            assertThat(f.stock(A, "p1")).isEqualTo(5);
            assertThat(f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.DECLINE))).isEqualTo(placed);
        }
    }

    /** A product with stock 5 that the catalog has cached (its cache clock stands still), and quote q1 for 2 of it. */
    private static String cachedProductOfFiveQuotedTwice(CommerceFixture f) {
        String productId = Ids.next("prd", f.clock.instant());
        f.product(A, productId, 5);
        f.quote(A, "q1", productId, 2);
        assertThat(f.catalog.find(A, productId).orElseThrow().stock()).isEqualTo(5);
        return productId;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theCatalogsCachedProductSeesStockTakenByAnOrderAndGivenBackAtOnce(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String productId = cachedProductOfFiveQuotedTwice(f);

            String cancelled = f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
            assertThat(f.catalog.find(A, productId).orElseThrow().stock()).isEqualTo(3);
            f.orders.cancel(A, cancelled, "changed my mind");
            assertThat(f.catalog.find(A, productId).orElseThrow().stock()).isEqualTo(5);

            f.orders.place(A, "key-1", "idem-2", card("q1", FakePaymentProvider.DECLINE));
            assertThat(f.catalog.find(A, productId).orElseThrow().stock()).isEqualTo(5);
            assertThat(f.stock(A, productId)).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void placementChecksStockInTheDatabaseNotInTheCatalogsCache(Backend backend) {
        try (CommerceFixture f = new CommerceFixture(backend, dir)) {
            String productId = cachedProductOfFiveQuotedTwice(f);
            // another node sells all but one unit; this node's cache still says 5
            f.storage.useTransaction(h -> h.createUpdate("UPDATE products SET stock = 1 WHERE product_id = :p")
                    .bind("p", productId).execute());

            assertThatThrownBy(() -> f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.OUT_OF_STOCK));
            assertThat(f.stock(A, productId)).isEqualTo(1);
        }
    }
}
