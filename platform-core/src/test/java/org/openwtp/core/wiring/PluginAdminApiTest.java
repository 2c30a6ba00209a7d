package org.openwtp.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.admin;
import static org.openwtp.core.testing.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.plugin.TestPluginJars;
import org.openwtp.core.plugin.TestPlugins;
import org.openwtp.core.store.Storage;
import org.openwtp.core.testing.TestServer;

/** Host administration of plugins over HTTP on the real server, with jars built by the test. */
class PluginAdminApiTest {

    @TempDir
    Path dir;

    private TestServer start(Path plugins) {
        return TestServer.start(Map.of("plugins.dir", plugins.toString(), "storage.sqlite.path", dir.resolve("p.db").toString(),
                "plugins.maxUploadBytes", "256KB"));
    }

    private static HttpResponse<String> post(TestServer server, String path) {
        return server.postJson(path, "", admin());
    }

    private static HttpResponse<String> upload(TestServer server, String contentType, byte[] body) {
        return server.send(server.request("/admin/plugins?filename=upload.jar").headers(admin()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static List<String> jarsIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar") || n.endsWith(".tmp")).sorted().toList();
        }
    }

    @Test
    void lifecycleOverHttp() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPlugins.probe("alpha").writeTo(plugins);
        Path staging = Files.createDirectories(dir.resolve("staging"));
        try (TestServer server = start(plugins)) {
            JsonNode alpha = json(server.get("/admin/plugins/alpha", admin()));
            assertThat(alpha.get("state").asText()).isEqualTo("STARTED");
            assertThat(alpha.get("requires").asText()).isEqualTo(">=1.0.0 & <2.0.0");
            assertThat(alpha.get("extensionPoints").toString()).contains("OrderEventListener");
            assertThat(json(server.get("/admin/plugins", admin())).get("items")).hasSize(1);

            assertThat(json(post(server, "/admin/plugins/alpha/stop")).get("state").asText()).isEqualTo("STOPPED");
            assertThat(json(post(server, "/admin/plugins/alpha/start")).get("state").asText()).isEqualTo("STARTED");

            TestPlugins.probe("alpha").version("1.1.0").writeTo(plugins);
            JsonNode reloaded = json(post(server, "/admin/plugins/alpha/reload"));
            assertThat(reloaded.get("version").asText()).isEqualTo("1.1.0");
            assertThat(reloaded.get("state").asText()).isEqualTo("STARTED");
            assertThat(jarsIn(plugins)).containsExactly("alpha-1.1.0.jar");

            assertThat(server.send(server.request("/admin/plugins/alpha").headers(admin()).DELETE().build()).statusCode()).isEqualTo(204);
            assertThat(server.get("/admin/plugins/alpha", admin()).statusCode()).isEqualTo(404);
            assertThat(post(server, "/admin/plugins/alpha/start").statusCode()).isEqualTo(404);

            // raw upload
            byte[] beta = Files.readAllBytes(TestPlugins.probe("beta").writeTo(staging));
            HttpResponse<String> raw = upload(server, "application/java-archive", beta);
            assertThat(raw.statusCode()).as(raw.body()).isEqualTo(201);
            assertThat(json(raw).get("state").asText()).isEqualTo("STARTED");
            // multipart upload
            byte[] gamma = Files.readAllBytes(TestPlugins.probe("gamma").writeTo(staging));
            String boundary = "----openwtp-test-boundary";
            ByteArrayOutputStream multipart = new ByteArrayOutputStream();
            multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gamma.jar\"\r\nContent-Type: application/java-archive\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            multipart.write(gamma);
            multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> parts = upload(server, "multipart/form-data; boundary=" + boundary, multipart.toByteArray());
            assertThat(parts.statusCode()).as(parts.body()).isEqualTo(201);
            // a jar placed in the folder by the operator
            TestPlugins.probe("delta").writeTo(plugins);
            HttpResponse<String> placed = server.postJson("/admin/plugins", "{\"file\":\"delta-1.0.0.jar\"}", admin());
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            assertThat(server.postJson("/admin/plugins", "{\"file\":\"../p.db\"}", admin()).statusCode()).isEqualTo(400);
            assertThat(server.postJson("/admin/plugins", "{\"file\":\"missing-1.0.0.jar\"}", admin()).statusCode()).isEqualTo(404);
            assertThat(jarsIn(plugins)).containsExactly("alpha-1.1.0.jar", "beta-1.0.0.jar", "delta-1.0.0.jar", "gamma-1.0.0.jar");
            assertThat(json(server.get("/admin/plugins", admin())).get("items").findValuesAsText("id"))
                    .containsExactly("beta", "delta", "gamma");

            // refused uploads write nothing
            List<String> before = jarsIn(plugins);
            byte[] garbage = new byte[4096];
            new Random(7).nextBytes(garbage);
            HttpResponse<String> corrupt = upload(server, "application/java-archive", garbage);
            assertThat(corrupt.statusCode()).isEqualTo(422);
            assertThat(json(corrupt).get("code").asText()).isEqualTo("plugin_jar_invalid");
            assertThat(json(corrupt).get("detail").asText()).contains("not a readable jar");
            byte[] truncated = java.util.Arrays.copyOf(beta, beta.length / 2);
            assertThat(upload(server, "application/java-archive", truncated).statusCode()).isEqualTo(422);
            byte[] noDescriptor = Files.readAllBytes(TestPlugins.probe("nodesc").withoutDescriptor().writeTo(staging));
            HttpResponse<String> missing = upload(server, "application/java-archive", noDescriptor);
            assertThat(missing.statusCode()).isEqualTo(422);
            assertThat(json(missing).get("errors").findValuesAsText("field")).contains("Plugin-Id", "Plugin-Version", "Plugin-Requires");
            byte[] future = Files.readAllBytes(TestPlugins.probe("future").requires(">=2.0.0 & <3.0.0").writeTo(staging));
            HttpResponse<String> incompatible = upload(server, "application/java-archive", future);
            assertThat(incompatible.statusCode()).isEqualTo(422);
            assertThat(json(incompatible).get("detail").asText()).contains(">=2.0.0 & <3.0.0", "1.0.0");
            assertThat(upload(server, "application/java-archive", new byte[300 * 1024]).statusCode()).isEqualTo(413);
            assertThat(upload(server, "text/plain", beta).statusCode()).isEqualTo(415);
            assertThat(upload(server, "application/java-archive", new byte[0]).statusCode()).isEqualTo(400);
            assertThat(jarsIn(plugins)).isEqualTo(before);
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bundledPluginJarsLoadThroughTheServer() throws Exception {
        Path bundled = Path.of(System.getProperty("openwtp.plugins.dir", "../target/plugins"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(bundled) && !jarsIn(bundled).isEmpty(),
                "the bundled plugin jars are not built (mvn package); the sample-tenant e2e tests cover them in a full build");
        try (TestServer server = start(bundled)) {
            JsonNode items = json(server.get("/admin/plugins", admin())).get("items");
            assertThat(items.findValuesAsText("state")).isNotEmpty().allMatch("STARTED"::equals);
        }
    }

    @Test
    void readinessFollowsStorageAndPlugins() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.plugin("broken").writeTo(plugins);
        try (TestServer server = start(plugins)) {
            HttpResponse<String> ready = server.get("/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(json(ready).get("checks").findValuesAsText("name")).contains("storage", "plugins");
            server.server().injector().getInstance(Storage.class).close();
            HttpResponse<String> failing = server.get("/health/ready");
            assertThat(failing.statusCode()).isEqualTo(503);
            assertThat(failing.body()).contains("storage", "the database does not answer");
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
        }
    }
}
