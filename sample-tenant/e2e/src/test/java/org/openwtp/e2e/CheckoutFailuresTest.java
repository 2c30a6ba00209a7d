package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openwtp.testserver.ApiResponse;
import org.openwtp.testserver.OpenWtpServerTest;
import org.openwtp.testserver.SampleTenantClient;

/**
 * The failure paths of the cross-border flow over HTTP, on the real core with the bundled plugin jars. Each
 * test lists its own product, so the tests share the server but not their stock.
 */
@OpenWtpServerTest(pluginUnderTest = false)
class CheckoutFailuresTest {

    @Test
    void aDeclinedCardFailsTheOrderAndReleasesTheStock(SampleTenantClient client) {
        String productId = listHoney(client, "declined", 5);
        JsonNode quote = quote(client, productId, 2);

        JsonNode order = client.storefront().post("/v1/orders", Trade.orderRequest(quote.path("id").asText(),
                        quote.path("options").path(0).path("id").asText(), Trade.INSUFFICIENT_FUNDS_CARD),
                "Idempotency-Key", "order-declined-1").expectStatus(201).json();

        String orderId = order.path("id").asText();
        assertThat(order.path("status").asText()).as("%s", order).isEqualTo("PAYMENT_FAILED");
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("PAYMENT_FAILED");
        JsonNode payment = CrossBorderOrderTest.payment(client, orderId);
        assertThat(payment.path("reasonCode").asText()).as("%s", payment).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(CrossBorderOrderTest.stock(client, productId)).as("stock released").isEqualTo(5);
        assertThat(client.storefront().get("/v1/orders/" + orderId + "/events").expectStatus(200).body())
                .contains("order.payment_failed");
    }

    @Test
    void exportBannedGoodsAreRefusedWithThePavilionsReasons(SampleTenantClient client) {
        for (String hsCode : List.of("440320", "930320")) {
            JsonNode problem = client.seller().post("/v1/products", Map.of(
                    "title", "Banned " + hsCode, "hsCode", hsCode, "origin", "RU",
                    "price", Map.of("amount", "1000.00", "currency", "RUB"), "unitWeightGrams", 5000,
                    "dimensions", Map.of("lengthMm", 1000, "widthMm", 300, "heightMm", 300), "stock", 5))
                    .expectProblem(422, "listing_blocked");
            assertThat(problem.path("detail").asText()).as("%s", problem).contains("pavilion-ru");
            assertThat(problem.path("errors")).as("%s", problem).isNotEmpty();
            problem.path("errors").forEach(e -> {
                assertThat(e.path("field").asText()).isEqualTo("listing");
                assertThat(e.path("code").asText()).isNotBlank();
                assertThat(e.path("message").asText()).isNotBlank();
            });
        }
        assertThat(client.seller().get("/v1/products?q=Banned").expectStatus(200).json().path("items")).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameOrderAndRefusesAnotherBody(SampleTenantClient client) {
        String productId = listHoney(client, "idempotent", 10);
        JsonNode quote = quote(client, productId, 1);
        String quoteId = quote.path("id").asText();
        Map<String, Object> body = Trade.orderRequest(quoteId, quote.path("options").path(0).path("id").asText(),
                Trade.APPROVING_CARD);

        ApiResponse first = client.storefront().post("/v1/orders", body, "Idempotency-Key", "order-twice-1").expectStatus(201);
        ApiResponse second = client.storefront().post("/v1/orders", body, "Idempotency-Key", "order-twice-1").expectStatus(201);

        assertThat(second.text("/id")).isEqualTo(first.text("/id"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(CrossBorderOrderTest.stock(client, productId)).as("reserved once").isEqualTo(9);
        Map<String, Object> other = Trade.orderRequest(quoteId, quote.path("options").path(1).path("id").asText(),
                Trade.APPROVING_CARD);
        client.storefront().post("/v1/orders", other, "Idempotency-Key", "order-twice-1").expectProblem(422, "idempotency_key_reused");
        assertThat(client.storefront().get("/v1/orders?buyerId=buyer-li-wei&limit=200").expectStatus(200).body())
                .containsOnlyOnce(first.text("/id"));
        assertThat(CrossBorderOrderTest.stock(client, productId)).isEqualTo(9);
    }

    @Test
    void concurrentBuyersNeverOversell(SampleTenantClient client) throws Exception {
        int stock = 10;
        int buyers = 50;
        String productId = listHoney(client, "race", stock);
        JsonNode quote = quote(client, productId, 1);
        Map<String, Object> body = Trade.orderRequest(quote.path("id").asText(), quote.path("options").path(0).path("id").asText(),
                Trade.APPROVING_CARD);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ApiResponse>> orders = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String key = "order-race-" + i;
            orders.add(() -> {
                start.await();
                return client.storefront().post("/v1/orders", body, "Idempotency-Key", key);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger outOfStock = new AtomicInteger();
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (Callable<ApiResponse> order : orders) {
                answers.add(pool.submit(order));
            }
            start.countDown();
            for (Future<ApiResponse> answer : answers) {
                ApiResponse response = answer.get();
                if (response.status() == 201) {
                    assertThat(response.text("/status")).isEqualTo("AUTHORIZED");
                    placed.incrementAndGet();
                } else {
                    response.expectProblem(409, "out_of_stock");
                    outOfStock.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(placed.get()).isEqualTo(stock);
        assertThat(outOfStock.get()).isEqualTo(buyers - stock);
        assertThat(CrossBorderOrderTest.stock(client, productId)).isZero();
    }

    /** A honey of the fixture's seller altai-honey, with its certificate, so it is published at once. */
    static String listHoney(SampleTenantClient client, String name, int stock) {
        JsonNode product = client.seller().post("/v1/products", Map.of(
                "title", "Altai honey (" + name + ")", "hsCode", "040900", "origin", "RU",
                "price", Map.of("amount", "890.00", "currency", "RUB"), "unitWeightGrams", 1350,
                "dimensions", Map.of("lengthMm", 150, "widthMm", 120, "heightMm", 120), "stock", stock,
                "certificates", List.of("VETERINARY_CERTIFICATE"))).expectStatus(201).json();
        assertThat(product.path("status").asText()).as("%s", product).isEqualTo("PUBLISHED");
        return product.path("id").asText();
    }

    static JsonNode quote(SampleTenantClient client, String productId, int quantity) {
        JsonNode quote = client.storefront().post("/v1/quotes", Trade.quoteRequest(productId, quantity)).expectStatus(200, 201).json();
        assertThat(quote.path("options").size()).as("%s", quote).isGreaterThanOrEqualTo(2);
        return quote;
    }
}
