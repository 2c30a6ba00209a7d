package org.openwtp.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Module;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.config.ConfigLoader;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.ApiJson;

/** The real server on a random port plus a real HTTP client, for tests. Close it after use. */
public final class TestServer implements AutoCloseable {

    /** The host admin token every test server accepts. */
    public static final String ADMIN_TOKEN = "test-host-admin-token-0123456789";
    /** A valid master key. */
    public static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final OpenWtpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(OpenWtpServer server) {
        this.server = server;
    }

    /**
     * @param settings extra settings (dotted keys)
     * @param modules  fakes and test resources
     * @return a started server
     */
    public static TestServer start(Map<String, String> settings, Module... modules) {
        Path data = temporaryFolder();
        Map<String, String> all = new HashMap<>(Map.of(
                "http.host", "127.0.0.1",
                "http.port", "0",
                "http.shutdownTimeout", "10s",
                "security.hostAdminToken", ADMIN_TOKEN,
                "security.masterKey", MASTER_KEY,
                "storage.sqlite.path", data.resolve("openwtp.db").toString(),
                "plugins.dir", data.resolve("plugins").toString()));
        all.putAll(settings);
        ServerConfig config = ConfigLoader.fromMap(all);
        return new TestServer(OpenWtpServer.create(config, modules).start());
    }

    /** @return a fresh folder for a test server's database and plugins, removed when the JVM exits */
    public static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("openwtp-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @param modules fakes and test resources; @return a started server with default settings */
    public static TestServer start(Module... modules) {
        return start(Map.of(), modules);
    }

    /** @return the server */
    public OpenWtpServer server() {
        return server;
    }

    /** @param path path and query; @return a request builder for it */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(30));
    }

    /** @param path path; @return the response */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = request(path).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    /** @param path path; @param json body; @param headers extra headers; @return the response */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    /** @param request the request; @return the response as text */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the client */
    public HttpClient client() {
        return client;
    }

    /** @param response a response; @return its body as JSON */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** @return header pair for the host admin token */
    public static String[] admin() {
        return new String[] {"Authorization", "Bearer " + ADMIN_TOKEN};
    }

    /** @param key an API key; @return header pair for it */
    public static String[] bearer(String key) {
        return new String[] {"Authorization", "Bearer " + key};
    }

    @Override
    public void close() {
        server.stop();
    }
}
