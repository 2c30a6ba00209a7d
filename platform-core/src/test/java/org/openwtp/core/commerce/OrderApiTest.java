package org.openwtp.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.commerce.CommerceFixture.A;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.commerce.order.OrderModule;
import org.openwtp.core.commerce.order.QuoteSource;
import org.openwtp.core.commerce.order.SellerKeys;
import org.openwtp.core.commerce.payment.PaymentModule;
import org.openwtp.core.commerce.payment.PaymentSettings;
import org.openwtp.core.commerce.shipment.ShipmentModule;
import org.openwtp.core.events.EventsModule;
import org.openwtp.core.events.OutboxSettings;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.MasterKeyRing;
import org.openwtp.core.testing.FakeAuthenticator;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;
import org.openwtp.sdk.payment.PaymentEventType;

/** The order, payment, shipment and webhook API on the real server, called with a real HTTP client. */
class OrderApiTest {

    @TempDir
    Path dir;

    private CommerceFixture f;
    private TestServer server;
    /** Which seller each SELLER key (by subject) acts for; FakeAuthenticator.A_SELLER is "k3". */
    private final Map<String, String> sellerOfKey = new ConcurrentHashMap<>(Map.of("k3", "seller-1"));

    private static final String ORDER = """
            {"quoteId": "q1", "optionId": "opt-1", "buyerId": "buyer-1",
             "paymentMethod": {"provider": "fake-pay", "type": "CARD", "details": {"number": "4242424242424242"}}}""";

    @BeforeEach
    void start() {
        f = new CommerceFixture(Backend.SQLITE, dir);
        f.product(A, "p1", 3);
        f.quote(A, "q1", "p1", 1);
        Module wiring = new AbstractModule() {
            @Override
            protected void configure() {
                bind(Storage.class).toInstance(f.storage);
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(f.clock);
                bind(PluginExtensions.class).toInstance(f.extensions);
                bind(MasterKeyRing.class).toInstance(f.keys);
                OptionalBinder.newOptionalBinder(binder(), QuoteSource.class).setBinding().toInstance(f.quoteSource);
                OptionalBinder.newOptionalBinder(binder(), SellerKeys.class).setBinding()
                        .toInstance((tenant, keyId) -> Optional.ofNullable(sellerOfKey.get(keyId)));
                OptionalBinder.newOptionalBinder(binder(), PaymentSettings.class).setBinding().toInstance(f.paymentSettings);
                OptionalBinder.newOptionalBinder(binder(), OutboxSettings.class).setBinding().toInstance(f.outboxSettings);
            }
        };
        server = TestServer.start(TestModules.fakes(new TestResource(), new InMemoryTenants()), wiring, new OrderModule(),
                new PaymentModule(), new ShipmentModule(), new EventsModule());
    }

    @AfterEach
    void stop() {
        server.close();
        f.close();
    }

    private HttpResponse<String> post(String path, String json, String key, String... more) {
        HttpRequest.Builder b = server.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Authorization", "Bearer " + key);
        for (int i = 0; i + 1 < more.length; i += 2) {
            b.header(more[i], more[i + 1]);
        }
        return server.send(b.build());
    }

    @Test
    void placeShipTrackRefundOverHttp() {
        HttpResponse<String> first = post("/v1/orders", ORDER, FakeAuthenticator.A_STOREFRONT, "Idempotency-Key", "k-1");
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = post("/v1/orders", ORDER, FakeAuthenticator.A_STOREFRONT, "Idempotency-Key", "k-1");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        JsonNode order = TestServer.json(first);
        String id = order.get("id").asText();
        assertThat(order.get("status").asText()).isEqualTo("AUTHORIZED");

        HttpResponse<String> reused = post("/v1/orders", ORDER.replace("buyer-1", "buyer-2"), FakeAuthenticator.A_STOREFRONT,
                "Idempotency-Key", "k-1");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(TestServer.json(reused).get("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(post("/v1/orders", ORDER, FakeAuthenticator.A_STOREFRONT).statusCode()).isEqualTo(400);

        assertThat(server.get("/v1/orders/" + id, TestServer.bearer(FakeAuthenticator.B_ADMIN)).statusCode()).isEqualTo(404);
        assertThat(server.send(server.request("/v1/orders/" + id + "/shipments").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + FakeAuthenticator.A_STOREFRONT).build()).statusCode()).isEqualTo(403);

        HttpResponse<String> shipped = server.send(server.request("/v1/orders/" + id + "/shipments").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + FakeAuthenticator.A_SELLER).build());
        assertThat(shipped.statusCode()).isEqualTo(201);
        String tracking = TestServer.json(shipped).get("trackingNumber").asText();

        HttpResponse<String> cancel = post("/v1/orders/" + id + "/cancel", "{}", FakeAuthenticator.A_STOREFRONT);
        assertThat(cancel.statusCode()).isEqualTo(409);
        assertThat(TestServer.json(cancel).get("code").asText()).isEqualTo("illegal_transition");
        assertThat(TestServer.json(cancel).get("detail").asText()).contains("is SHIPPED", "DELIVERED");

        HttpResponse<String> delivered = server.send(server.request("/webhooks/tenant-a/carriers/fake-carrier")
                .header("X-Carrier-Signature", "valid")
                .POST(HttpRequest.BodyPublishers.ofString("number=" + tracking + "&status=DELIVERED")).build());
        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(server.get("/v1/orders/" + id, TestServer.bearer(FakeAuthenticator.A_ADMIN))).get("status").asText())
                .isEqualTo("DELIVERED");

        HttpResponse<String> refund = post("/v1/orders/" + id + "/refunds", "{\"amount\": 1000, \"reason\": \"scratch\"}",
                FakeAuthenticator.A_ADMIN, "Idempotency-Key", "r-1");
        assertThat(refund.statusCode()).isEqualTo(201);
        HttpResponse<String> tooMuch = post("/v1/orders/" + id + "/refunds", "{\"amount\": 999999}", FakeAuthenticator.A_ADMIN);
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(TestServer.json(tooMuch).get("code").asText()).isEqualTo("refund_exceeds_captured");

        String ref = TestServer.json(server.get("/v1/orders/" + id + "/payment", TestServer.bearer(FakeAuthenticator.A_ADMIN)))
                .get("payment").get("providerReference").asText();
        HttpResponse<String> forged = server.send(server.request("/webhooks/tenant-a/payments/fake-pay")
                .POST(HttpRequest.BodyPublishers.ofByteArray(FakePaymentProvider.webhookBody("e1", PaymentEventType.REFUNDED, ref, 500, "EUR")))
                .build());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(server.send(server.request("/webhooks/tenant-b/payments/fake-pay").header("X-Fake-Signature", "valid")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode()).isEqualTo(404);

        JsonNode list = TestServer.json(server.get("/v1/orders?limit=1", TestServer.bearer(FakeAuthenticator.A_ADMIN)));
        assertThat(list.get("items")).hasSize(1);
        assertThat(TestServer.json(server.get("/v1/orders/" + id + "/events", TestServer.bearer(FakeAuthenticator.A_ADMIN)))
                .get("events").findValuesAsText("type")).contains("order.created", "order.shipped", "order.delivered", "order.refunded");
    }

    @Test
    void aSellerKeySeesAndShipsOnlyItsOwnSellersOrders() {
        String id = TestServer.json(post("/v1/orders", ORDER, FakeAuthenticator.A_STOREFRONT, "Idempotency-Key", "k-s"))
                .get("id").asText();
        sellerOfKey.put("k3", "another-seller");

        assertThat(server.get("/v1/orders/" + id, TestServer.bearer(FakeAuthenticator.A_SELLER)).statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/orders/" + id + "/payment", TestServer.bearer(FakeAuthenticator.A_SELLER)).statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/orders/" + id + "/events", TestServer.bearer(FakeAuthenticator.A_SELLER)).statusCode()).isEqualTo(404);
        assertThat(TestServer.json(server.get("/v1/orders", TestServer.bearer(FakeAuthenticator.A_SELLER))).get("items")).isEmpty();
        HttpResponse<String> refused = server.send(server.request("/v1/orders/" + id + "/shipments").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + FakeAuthenticator.A_SELLER).build());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(server.get("/v1/orders/" + id, TestServer.bearer(FakeAuthenticator.A_ADMIN))).get("status").asText())
                .as("nothing captured or booked").isEqualTo("AUTHORIZED");

        sellerOfKey.put("k3", "seller-1");
        assertThat(TestServer.json(server.get("/v1/orders", TestServer.bearer(FakeAuthenticator.A_SELLER))).get("items")).hasSize(1);
        assertThat(server.send(server.request("/v1/orders/" + id + "/shipments").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + FakeAuthenticator.A_SELLER).build()).statusCode()).isEqualTo(201);
    }

    @Test
    void webhookSubscriptionSecretIsShownOnce() {
        HttpResponse<String> created = post("/v1/webhooks/subscriptions", "{\"url\": \"https://shop.example/hooks\"}",
                FakeAuthenticator.A_ADMIN);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = TestServer.json(created);
        assertThat(body.get("secret").asText()).startsWith("whsec_");
        String id = body.get("id").asText();
        HttpResponse<String> shown = server.get("/v1/webhooks/subscriptions/" + id, TestServer.bearer(FakeAuthenticator.A_ADMIN));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain("whsec_");
        assertThat(server.get("/v1/webhooks/subscriptions/" + id, TestServer.bearer(FakeAuthenticator.B_ADMIN)).statusCode()).isEqualTo(404);
        assertThat(post("/v1/webhooks/subscriptions", "{\"url\": \"ftp://x\"}", FakeAuthenticator.A_ADMIN).statusCode()).isEqualTo(400);
        for (String internal : List.of("http://127.0.0.1:8080/admin/tenants", "http://169.254.169.254/latest/meta-data",
                "http://[::ffff:10.0.0.1]/hook", "https://localhost/hook")) {
            HttpResponse<String> refused = post("/v1/webhooks/subscriptions", "{\"url\": \"" + internal + "\"}", FakeAuthenticator.A_ADMIN);
            assertThat(refused.statusCode()).as(internal).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("not a public address", "webhooks.allowPrivateTargets");
        }
        assertThat(server.send(server.request("/v1/webhooks/subscriptions/" + id).DELETE()
                .header("Authorization", "Bearer " + FakeAuthenticator.A_ADMIN).build()).statusCode()).isEqualTo(204);
        assertThat(TestServer.json(server.get("/v1/webhooks/subscriptions", TestServer.bearer(FakeAuthenticator.A_ADMIN))).get("items"))
                .isEmpty();
    }
}
