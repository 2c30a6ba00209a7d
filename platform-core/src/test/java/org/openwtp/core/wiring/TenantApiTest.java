package org.openwtp.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.admin;
import static org.openwtp.core.testing.TestServer.bearer;
import static org.openwtp.core.testing.TestServer.json;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openwtp.core.testing.TestServer;
import org.openwtp.core.testing.WiredPlugins;
import org.slf4j.LoggerFactory;

/** The tenant API on the real server: real SQLite file, real plugin jar, real keys. */
class TenantApiTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path data = TestServer.temporaryFolder();
        WiredPlugins.configurable(Files.createDirectories(data.resolve("plugins")), "1.0.0");
        server = TestServer.start(Map.of("storage.sqlite.path", data.resolve("tenants.db").toString(),
                "plugins.dir", data.resolve("plugins").toString()), new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(CLOCK);
                    }
                });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String createTenantWithAdminKey(String slug) {
        assertThat(server.postJson("/admin/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + " hub\"}", admin()).statusCode())
                .isEqualTo(201);
        HttpResponse<String> key = server.postJson("/admin/tenants/" + slug + "/api-keys",
                "{\"role\":\"TENANT_ADMIN\",\"name\":\"first admin\"}", admin());
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        assertThat(json(key).get("apiKey").get("role").asText()).isEqualTo("TENANT_ADMIN");
        return json(key).get("key").asText();
    }

    private static HttpResponse<String> put(String path, String body, String key) {
        return server.send(server.request(path).header("Content-Type", "application/json").headers(bearer(key))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> delete(String path, String... headers) {
        return server.send(server.request(path).headers(headers).DELETE().build());
    }

    @Test
    void authenticationMatrix() {
        String a = createTenantWithAdminKey("auth-a");
        String b = createTenantWithAdminKey("auth-b");
        assertThat(server.get("/v1/api-keys").statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/api-keys", "Authorization", "Bearer").statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/api-keys", "Authorization", "Basic " + a).statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/api-keys", bearer("owtp_0123456789abcdef01234567_nope")).statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/api-keys", bearer(a + "x")).statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/api-keys", bearer(a)).statusCode()).isEqualTo(200);

        HttpResponse<String> storefront = server.postJson("/v1/api-keys", "{\"role\":\"STOREFRONT\",\"name\":\"shop\"}", bearer(a));
        assertThat(storefront.statusCode()).isEqualTo(201);
        String storefrontKey = json(storefront).get("key").asText();
        String storefrontId = json(storefront).get("apiKey").get("id").asText();
        assertThat(server.get("/v1/api-keys", bearer(storefrontKey)).statusCode()).isEqualTo(403);
        assertThat(server.get("/admin/tenants", bearer(a)).statusCode()).isEqualTo(403);

        JsonNode listed = json(server.get("/v1/api-keys", bearer(a)));
        assertThat(listed.get("items")).hasSize(2);
        assertThat(listed.toString()).doesNotContain(storefrontKey.substring("owtp_".length() + 24 + 1)).doesNotContain("\"key\"");

        // another tenant's key: not found, never forbidden, and not revoked
        assertThat(server.get("/v1/api-keys/" + storefrontId, bearer(b)).statusCode()).isEqualTo(404);
        assertThat(delete("/v1/api-keys/" + storefrontId, bearer(b)).statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/plugins", bearer(storefrontKey)).statusCode()).isEqualTo(403);

        assertThat(delete("/v1/api-keys/" + storefrontId, bearer(a)).statusCode()).isEqualTo(204);
        assertThat(server.get("/v1/test/none", bearer(storefrontKey)).statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/api-keys", bearer(storefrontKey)).statusCode()).isEqualTo(401);

        HttpResponse<String> shortLived = server.postJson("/v1/api-keys", "{\"role\":\"TENANT_ADMIN\",\"name\":\"temp\",\"expiresAt\":\""
                + CLOCK.instant().plus(Duration.ofHours(1)) + "\"}", bearer(a));
        assertThat(shortLived.statusCode()).isEqualTo(201);
        String temp = json(shortLived).get("key").asText();
        assertThat(server.get("/v1/api-keys", bearer(temp)).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofHours(2));
        assertThat(server.get("/v1/api-keys", bearer(temp)).statusCode()).isEqualTo(401);
        assertThat(server.postJson("/v1/api-keys", "{\"role\":\"SELLER\",\"name\":\"late\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}",
                bearer(a)).statusCode()).isEqualTo(422);

        assertThat(server.postJson("/admin/tenants/auth-a/suspend", "", admin()).statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/api-keys", bearer(a)).statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/api-keys", bearer(b)).statusCode()).isEqualTo(200);
        assertThat(server.postJson("/admin/tenants/auth-a/resume", "", admin()).statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/api-keys", bearer(a)).statusCode()).isEqualTo(200);
    }

    @Test
    void hostAdminManagesStoredTenants() {
        createTenantWithAdminKey("hub-one");
        assertThat(server.postJson("/admin/tenants", "{\"slug\":\"hub-one\",\"name\":\"again\"}", admin()).statusCode()).isEqualTo(409);
        assertThat(json(server.get("/admin/tenants/hub-one", admin())).get("status").asText()).isEqualTo("active");
        assertThat(json(server.get("/admin/tenants", admin())).get("items").findValuesAsText("slug")).contains("hub-one");
        assertThat(server.postJson("/admin/tenants/nobody/api-keys", "{\"role\":\"TENANT_ADMIN\",\"name\":\"x\"}", admin()).statusCode())
                .isEqualTo(404);
        assertThat(server.postJson("/admin/tenants/hub-one/api-keys", "{\"role\":\"HOST_ADMIN\",\"name\":\"x\"}", admin()).statusCode())
                .isEqualTo(400);
        assertThat(delete("/admin/tenants/hub-one", admin()).statusCode()).isEqualTo(204);
        assertThat(server.get("/admin/tenants/hub-one", admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidPluginConfigurationListsEveryProblemAndSecretsAreMasked() {
        String a = createTenantWithAdminKey("cfg-a");
        String b = createTenantWithAdminKey("cfg-b");
        JsonNode catalog = json(server.get("/v1/plugins", bearer(a)));
        JsonNode plugin = catalog.get("items").get(0);
        assertThat(plugin.get("id").asText()).isEqualTo(WiredPlugins.CONFIGURABLE);
        assertThat(plugin.get("fields").findValuesAsText("name")).containsExactly("accountNumber", "apiSecret", "mode", "retries");
        assertThat(plugin.get("configured").asBoolean()).isFalse();

        HttpResponse<String> invalid = put("/v1/plugins/" + WiredPlugins.CONFIGURABLE,
                "{\"config\":{\"retries\":\"often\",\"mode\":\"prod\",\"colour\":\"red\"}}", a);
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(json(invalid).get("code").asText()).isEqualTo("plugin_config_invalid");
        assertThat(json(invalid).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("config.accountNumber", "config.apiSecret", "config.retries", "config.mode", "config.colour");

        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        String secret = "s3cr3t-carrier-password-Zq9";
        try {
            HttpResponse<String> ok = put("/v1/plugins/" + WiredPlugins.CONFIGURABLE,
                    "{\"enabled\":true,\"config\":{\"accountNumber\":\"ACC-1\",\"apiSecret\":\"" + secret + "\",\"retries\":5}}", a);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(ok.body()).doesNotContain(secret);
            assertThat(json(ok).get("config").get("apiSecret").asText()).isEqualTo("********");
            assertThat(json(ok).get("config").get("retries").asText()).isEqualTo("5");
            assertThat(json(ok).get("enabled").asBoolean()).isTrue();
            HttpResponse<String> read = server.get("/v1/plugins/" + WiredPlugins.CONFIGURABLE, bearer(a));
            assertThat(read.body()).doesNotContain(secret).contains("********");
            assertThat(server.get("/v1/plugins", bearer(a)).body()).doesNotContain(secret);
            // sending the mask back keeps the stored secret
            assertThat(put("/v1/plugins/" + WiredPlugins.CONFIGURABLE,
                    "{\"config\":{\"accountNumber\":\"ACC-2\",\"apiSecret\":\"********\"}}", a).statusCode()).isEqualTo(200);
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(secret));

        JsonNode other = json(server.get("/v1/plugins/" + WiredPlugins.CONFIGURABLE, bearer(b)));
        assertThat(other.get("configured").asBoolean()).isFalse();
        assertThat(other.get("config")).isEmpty();

        HttpResponse<String> disabled = delete("/v1/plugins/" + WiredPlugins.CONFIGURABLE, bearer(a));
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(json(disabled).get("enabled").asBoolean()).isFalse();
        assertThat(json(disabled).get("config").get("accountNumber").asText()).isEqualTo("ACC-2");
        assertThat(delete("/v1/plugins/" + WiredPlugins.CONFIGURABLE, bearer(b)).statusCode()).isEqualTo(404);
        assertThat(put("/v1/plugins/no-such-plugin", "{\"config\":{}}", a).statusCode()).isEqualTo(404);
        assertThat(put("/v1/plugins/" + WiredPlugins.CONFIGURABLE, "{\"config\":{\"accountNumber\":{\"nested\":1}}}", a).statusCode())
                .isEqualTo(400);
        List.of(a, b).forEach(k -> assertThat(server.get("/v1/api-keys", bearer(k)).statusCode()).isEqualTo(200));
    }
}
