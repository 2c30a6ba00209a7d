package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.admin;
import static org.openwtp.core.testing.TestServer.bearer;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openwtp.core.http.internal.RouteTable;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openwtp.core.admin.NewApiKey;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.tenant.ApiKeyService;
import org.openwtp.core.tenant.TenantPluginService;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;
import org.openwtp.core.testing.WiredPlugins;
import org.openwtp.sdk.context.TenantId;

/**
 * Feeds every route of the real server (real tenants, keys, plugin settings and plugins folder) malformed and
 * hostile input: only 4xx, nothing stored or changed, the server still answers.
 */
class HostileInputTest {

    private static final TestResource RESOURCE = new TestResource();
    private static TestServer server;
    private static String adminKey;
    private static String before;

    @BeforeAll
    static void start() throws Exception {
        Path data = TestServer.temporaryFolder();
        WiredPlugins.configurable(Files.createDirectories(data.resolve("plugins")), "1.0.0");
        server = TestServer.start(Map.of("http.maxRequestBytes", "64KB", "plugins.dir", data.resolve("plugins").toString(),
                "storage.sqlite.path", data.resolve("hostile.db").toString()), new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().toInstance(RESOURCE);
                    }
                });
        TenantAdministration tenants = server.server().injector().getInstance(TenantAdministration.class);
        tenants.create("hostile-a", "Hostile A");
        adminKey = tenants.issueApiKey("hostile-a", new NewApiKey(Role.TENANT_ADMIN, "admin", Optional.empty())).key();
        server.server().injector().getInstance(TenantPluginService.class).enable(TenantId.of("hostile-a"),
                WiredPlugins.CONFIGURABLE, Map.of("accountNumber", "ACC", "apiSecret", "pw"));
        before = storedState();
    }

    /** Everything the endpoints could change: tenants, keys, plugin settings, loaded plugins, jars in the folder. */
    private static String storedState() {
        var injector = server.server().injector();
        TenantId a = TenantId.of("hostile-a");
        try (var jars = Files.list(injector.getInstance(ServerConfig.class).plugins().dir())) {
            return injector.getInstance(TenantAdministration.class).list() + "\n"
                    + injector.getInstance(ApiKeyService.class).list(a) + "\n"
                    + injector.getInstance(TenantPluginService.class).list(a) + "\n"
                    + injector.getInstance(PluginRuntime.class).plugins() + "\n"
                    + jars.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> hostileBodies() {
        String huge = "x".repeat(60_000);
        return List.of(
                "", "null", "[]", "\"text\"", "42", "true", "{", "}", "{\"slug\":}", "{'slug':'a'}", "{\"slug\":\"a\"} trailing",
                "{\"slug\":1,\"name\":2}", "{\"slug\":[\"a\"],\"name\":{\"x\":1}}", "{\"slug\":true,\"name\":null}",
                "{\"name\":\"" + huge + "\",\"quantity\":1}", "{\"slug\":\"" + huge + "\",\"name\":\"n\"}",
                "{\"slug\":\"ok-slug\",\"name\":\"" + huge + "\"}",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                "{\"slug\":\"a'; DROP TABLE tenants; --\",\"name\":\"x\"}",
                "{\"slug\":\"<script>alert(1)</script>\",\"name\":\"<img src=x onerror=alert(1)>\"}",
                "{\"name\":\"x\",\"quantity\":1e400}", "{\"name\":\"x\",\"quantity\":99999999999999999999999}",
                "{\"name\":\"x\",\"quantity\":1.5}", "{\"name\":\"x\",\"quantity\":-1}", "{\"name\":\"x\",\"quantity\":1,\"__proto__\":{}}",
                "{\"slug\":\"a\",\"slug\":\"b\",\"name\":\"dup\"}", "{\"slug\":\"\\u0000\",\"name\":\"\\ud800\"}",
                "\u0000\u0001\u0002", "{\"slug\":\"x\",\"name\":\"y\",\"extra\":true}");
    }

    @Test
    void hostileBodiesGetOnly4xxAndChangeNothing() {
        List<String> failures = new ArrayList<>();
        for (var route : server.server().injector().getInstance(RouteTable.class).routes()) {
            if (route.request().isEmpty()) {
                continue;
            }
            String[] auth = route.roles().contains(Role.HOST_ADMIN) ? admin() : bearer(adminKey);
            String path = route.path().replaceAll("\\{[^}]+}", "some-id");
            for (String body : hostileBodies()) {
                HttpResponse<String> r = server.send(server.request(path).header("Content-Type", "application/json")
                        .headers(auth).method(route.method(), HttpRequest.BodyPublishers.ofString(body)).build());
                if (r.statusCode() < 400 || r.statusCode() >= 500) {
                    failures.add(route.key() + " <- " + abbreviate(body) + " => " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedState()).isEqualTo(before);
        assertThat(RESOURCE.stored).isEmpty();
        assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void hostilePathValuesGetOnly4xx() {
        List<String> values = List.of("'; DROP TABLE tenants; --", "<script>alert(1)</script>", "../../etc/passwd",
                "%00", "x".repeat(5_000), "a b", "tenant-b");
        List<String> failures = new ArrayList<>();
        for (var route : server.server().injector().getInstance(RouteTable.class).routes()) {
            if (route.pathParams().isEmpty()) {
                continue;
            }
            String[] auth = route.roles().contains(Role.HOST_ADMIN) ? admin() : bearer(adminKey);
            for (String v : values) {
                String path = route.path().replaceAll("\\{[^}]+}", URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
                HttpRequest.Builder b = server.request(path).headers(auth);
                if (route.request().isPresent()) {
                    b.header("Content-Type", "application/json").method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
                } else {
                    b.method(route.method(), HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> r = server.send(b.build());
                if (r.statusCode() < 400 || r.statusCode() >= 500) {
                    failures.add(route.key() + " <- " + abbreviate(v) + " => " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedState()).isEqualTo(before);
        assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void hostileHeadersGetOnly4xx() {
        assertThat(server.get("/v1/test/whoami", "Authorization", "Bearer " + "k".repeat(2_000)).statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/test/whoami", "Authorization", "Bearer " + "k".repeat(10_000)).statusCode()).isBetween(400, 499);
        assertThat(server.get("/v1/test/whoami", "Authorization", "Bearer ' OR 1=1 --").statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/test/whoami", "Authorization", "Bearer\tkey-a-admin").statusCode()).isEqualTo(401);
        HttpResponse<String> hugeHeader = server.get("/health/live", "X-Filler", "y".repeat(64_000));
        assertThat(hugeHeader.statusCode()).isBetween(400, 499);
        assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
