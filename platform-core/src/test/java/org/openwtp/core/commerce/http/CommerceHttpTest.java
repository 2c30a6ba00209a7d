package org.openwtp.core.commerce.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.bearer;
import static org.openwtp.core.testing.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.commerce.testing.FakeCarrier;
import org.openwtp.core.commerce.testing.FakeExtensions;
import org.openwtp.core.commerce.testing.FakeFx;
import org.openwtp.core.commerce.testing.FakePavilion;
import org.openwtp.core.commerce.testing.TestClock;
import org.openwtp.core.http.Authenticator;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.TestDatabase;
import org.openwtp.core.tenant.TenantService;
import org.openwtp.core.testing.FakeAuthenticator;
import org.openwtp.core.testing.TestServer;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.money.Money;

/** Sellers, products and quotes through the real server on a random port, with a real HTTP client. */
class CommerceHttpTest {

    private static final TenantId A = TenantId.of("tenant-a");
    private static final TenantId B = TenantId.of("tenant-b");

    @TempDir
    Path tempDir;
    private TestDatabase db;
    private TestServer server;
    private TestClock clock;

    @BeforeEach
    void start() {
        db = TestDatabase.open(Backend.SQLITE, tempDir);
        clock = new TestClock(Instant.parse("2030-03-01T10:00:00Z"));
        TenantService tenants = new TenantService(db.storage(), clock);
        tenants.create(A.value(), "Tenant A");
        tenants.create(B.value(), "Tenant B");
        FakeExtensions plugins = new FakeExtensions(clock)
                .enable(A, "pavilion-cn", new FakePavilion("CN", "CNY", Money.ofMinor(0, "CNY")))
                .enable(A, "pavilion-ru", new FakePavilion("RU", "RUB", Money.of("1000.00", "RUB")))
                .enable(A, "carrier-post", new FakeCarrier(Money.of("30.00", "CNY"), false))
                .enable(A, "carrier-express", new FakeCarrier(Money.of("1000.00", "RUB"), true))
                .enable(A, "fx-fixed", new FakeFx().rate("CNY", "RUB", "12.5").rate("RUB", "CNY", "0.08"));
        // the catalog and quote modules are the server's own; the test swaps storage, plugins, clock and keys
        server = TestServer.start(Map.of(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Storage.class).toInstance(db.storage());
                        bind(PluginExtensions.class).toInstance(plugins);
                        OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
                        OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().to(FakeAuthenticator.class);
                    }
                });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private HttpResponse<String> post(String path, String body, String key) {
        return server.postJson(path, body, bearer(key));
    }

    private HttpResponse<String> patch(String path, String body, String key) {
        return server.send(server.request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static final String APPLY = """
            {"pavilion": "pavilion-cn", "legalName": "Hangzhou Tea Co", "registryScheme": "REG", "registryNumber": "1100000001",
             "address": {"name": "Hangzhou Tea", "lines": ["1 Longjing Rd"], "city": "Hangzhou", "postalCode": "310000", "country": "CN"},
             "contactEmail": "export@tea.example"}""";

    private static String product(String title, String hs) {
        return """
                {"title": "%s", "description": "Spring harvest", "hsCode": "%s", "origin": "CN",
                 "price": {"amount": "100.00", "currency": "CNY"}, "unitWeightGrams": 1200,
                 "dimensions": {"lengthMm": 200, "widthMm": 100, "heightMm": 50}, "stock": 10}""".formatted(title, hs);
    }

    @Test
    void aSellerAppliesListsAndABuyerGetsALandedCostQuote() {
        HttpResponse<String> pavilions = server.get("/v1/pavilions", bearer(FakeAuthenticator.A_STOREFRONT));
        assertThat(pavilions.statusCode()).isEqualTo(200);
        assertThat(json(pavilions).get("items")).hasSize(2);

        HttpResponse<String> applied = post("/v1/sellers", APPLY, FakeAuthenticator.A_SELLER);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        JsonNode seller = json(applied);
        assertThat(seller.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(post("/v1/sellers", APPLY.replace("1100000001", "1100000002"), FakeAuthenticator.A_SELLER).statusCode()).isEqualTo(409);
        assertThat(server.get("/v1/sellers/" + seller.get("id").asText(), bearer(FakeAuthenticator.B_ADMIN)).statusCode()).isEqualTo(404);

        HttpResponse<String> listed = post("/v1/products", product("Longjing tea", "090210"), FakeAuthenticator.A_SELLER);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
        String teaId = json(listed).get("id").asText();
        assertThat(json(listed).get("status").asText()).isEqualTo("PUBLISHED");

        HttpResponse<String> quoted = post("/v1/quotes", """
                {"items": [{"productId": "%s", "quantity": 2}], "currency": "RUB",
                 "shipTo": {"name": "Anna Petrova", "lines": ["Tverskaya 1"], "city": "Moscow", "postalCode": "125009", "country": "RU"}}
                """.formatted(teaId), FakeAuthenticator.A_STOREFRONT);
        assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(201);
        JsonNode quote = json(quoted);
        assertThat(quote.get("dutiesEstimated").asBoolean()).isTrue();
        assertThat(quote.get("options")).hasSize(3);
        JsonNode cheapest = quote.get("options").get(0);
        assertThat(cheapest.get("carrier").asText()).isEqualTo("carrier-post");
        assertThat(cheapest.get("buyer").get("total").get("amount").asText()).isEqualTo("4650.00");
        assertThat(cheapest.get("buyer").get("total").get("currency").asText()).isEqualTo("RUB");

        String quoteId = quote.get("id").asText();
        assertThat(server.get("/v1/quotes/" + quoteId, bearer(FakeAuthenticator.A_STOREFRONT)).statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/quotes/" + quoteId, bearer(FakeAuthenticator.B_ADMIN)).statusCode()).isEqualTo(404);
    }

    @Test
    void complianceIsEnforcedAndCertificatesPublish() {
        assertThat(post("/v1/sellers", APPLY, FakeAuthenticator.A_SELLER).statusCode()).isEqualTo(201);

        HttpResponse<String> blocked = post("/v1/products", product("Rifle", "930320"), FakeAuthenticator.A_SELLER);
        assertThat(blocked.statusCode()).isEqualTo(422);
        assertThat(blocked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json(blocked).get("code").asText()).isEqualTo("listing_blocked");
        assertThat(json(blocked).toString()).contains("ARMS_EXPORT_BANNED");

        HttpResponse<String> honey = post("/v1/products", product("Honey", "040900"), FakeAuthenticator.A_SELLER);
        assertThat(json(honey).get("status").asText()).isEqualTo("NEEDS_CERTIFICATE");
        String honeyId = json(honey).get("id").asText();
        assertThat(server.get("/v1/products/" + honeyId, bearer(FakeAuthenticator.A_STOREFRONT)).statusCode()).isEqualTo(404);
        assertThat(json(server.get("/v1/products", bearer(FakeAuthenticator.A_STOREFRONT))).get("items")).isEmpty();

        HttpResponse<String> certified = post("/v1/products/" + honeyId + "/certificates", "{\"name\": \"VETERINARY_CERTIFICATE\"}",
                FakeAuthenticator.A_SELLER);
        assertThat(json(certified).get("status").asText()).isEqualTo("PUBLISHED");
        // the read cache and its stored JSON see each write at once
        HttpResponse<String> shown = server.get("/v1/products/" + honeyId, bearer(FakeAuthenticator.A_STOREFRONT));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json(server.get("/v1/products?q=HONEY&hsChapter=04", bearer(FakeAuthenticator.A_STOREFRONT))).get("items")).hasSize(1);
        assertThat(json(server.get("/v1/products", bearer(FakeAuthenticator.B_ADMIN))).get("items")).isEmpty();

        HttpResponse<String> renamed = patch("/v1/products/" + honeyId, "{\"title\": \"Buckwheat honey\"}", FakeAuthenticator.A_SELLER);
        assertThat(json(renamed).get("title").asText()).isEqualTo("Buckwheat honey");
        assertThat(post("/v1/products/" + honeyId + "/stock", "{\"delta\": -11}", FakeAuthenticator.A_SELLER).statusCode()).isEqualTo(409);
        assertThat(json(post("/v1/products/" + honeyId + "/stock", "{\"delta\": -4}", FakeAuthenticator.A_SELLER)).get("stock").asInt())
                .isEqualTo(6);
        JsonNode after = json(server.get("/v1/products/" + honeyId, bearer(FakeAuthenticator.A_STOREFRONT)));
        assertThat(after.get("title").asText()).isEqualTo("Buckwheat honey");
        assertThat(after.get("stock").asInt()).isEqualTo(6);
    }

    @Test
    void browsingPaginatesWithACursorInCreationOrder() {
        post("/v1/sellers", APPLY, FakeAuthenticator.A_SELLER);
        for (int i = 0; i < 3; i++) {
            clock.advance(java.time.Duration.ofMillis(1)); // ids order by creation millisecond
            post("/v1/products", product("Tea " + i, "090210"), FakeAuthenticator.A_SELLER);
        }
        JsonNode first = json(server.get("/v1/products?pavilion=pavilion-cn&limit=2", bearer(FakeAuthenticator.A_STOREFRONT)));
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = json(server.get("/v1/products?pavilion=pavilion-cn&limit=2&cursor=" + first.get("nextCursor").asText(),
                bearer(FakeAuthenticator.A_STOREFRONT)));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(second.get("items").get(0).get("title").asText()).isEqualTo("Tea 2");
    }

    @Test
    void badInputAndWrongRolesGetClearProblems() {
        post("/v1/sellers", APPLY, FakeAuthenticator.A_SELLER);

        HttpResponse<String> wrongType = post("/v1/products", product("Tea", "090210").replace("\"stock\": 10", "\"stock\": \"ten\""),
                FakeAuthenticator.A_SELLER);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).toString()).contains("stock");

        HttpResponse<String> badHs = post("/v1/products", product("Tea", "09.x"), FakeAuthenticator.A_SELLER);
        assertThat(badHs.statusCode()).isEqualTo(400);
        assertThat(json(badHs).get("errors").get(0).get("field").asText()).isEqualTo("hsCode");

        assertThat(post("/v1/products", product("Tea", "090210"), FakeAuthenticator.A_STOREFRONT).statusCode()).isEqualTo(403);
        assertThat(post("/v1/quotes", "{\"items\": [], \"currency\": \"RUB\"}", FakeAuthenticator.A_STOREFRONT).statusCode()).isEqualTo(400);
        assertThat(server.get("/v1/products?hsChapter=4x", bearer(FakeAuthenticator.A_STOREFRONT)).statusCode()).isEqualTo(400);
        assertThat(server.get("/v1/products/prd_'%20OR%201=1", bearer(FakeAuthenticator.A_STOREFRONT)).statusCode()).isEqualTo(404);
    }
}
