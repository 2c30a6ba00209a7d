package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.bearer;
import static org.openwtp.core.testing.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openwtp.core.store.Storage;
import org.openwtp.core.testing.FakeAuthenticator;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;

/**
 * A storage outage on a feature endpoint (not the tenant API, which maps it itself) is a 503 problem with
 * Retry-After, not a 500: the real server on its real SQLite file, with one reader connection and a short
 * writer wait, while the test holds the connection or the writer.
 */
class StorageOutageTest {

    private static final String PRODUCT = "/v1/products/prd_0123456789abcdef0123456789ab";

    private TestServer server;
    private Storage storage;
    private final ExecutorService holder = Executors.newSingleThreadExecutor();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() {
        server = TestServer.start(Map.of("storage.poolSize", "1", "storage.sqlite.writeWait", "100ms"),
                TestModules.fakes(new TestResource(), new InMemoryTenants()));
        storage = server.server().injector().getInstance(Storage.class);
    }

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        holder.shutdown();
        assertThat(holder.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        server.close();
    }

    private Future<?> holdReaderConnection() throws InterruptedException {
        Future<?> f = holder.submit(() -> storage.withHandle(h -> await()));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        return f;
    }

    private Future<?> holdWriter() throws InterruptedException {
        Future<?> f = holder.submit(() -> storage.inTransaction(h -> await()));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        return f;
    }

    private Object await() throws InterruptedException {
        held.countDown();
        release.await(30, TimeUnit.SECONDS);
        return null;
    }

    private static void assertOutage(HttpResponse<String> response, String code, String retryAfter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).contains(retryAfter);
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).contains("retry shortly");
    }

    @Test
    void aReadWhileNoConnectionIsFreeIs503StorageBusy() throws Exception {
        holdReaderConnection();

        assertOutage(server.get(PRODUCT, bearer(FakeAuthenticator.A_STOREFRONT)), "storage_busy", "1");

        release.countDown();
        assertThat(server.get(PRODUCT, bearer(FakeAuthenticator.A_STOREFRONT)).statusCode()).isEqualTo(404);
    }

    @Test
    void aWriteWhileTheWriterStaysBusyIs503StorageBusy() throws Exception {
        holdWriter();

        assertOutage(server.postJson("/v1/webhooks/subscriptions", "{\"url\": \"https://shop.example/hooks\"}",
                bearer(FakeAuthenticator.A_ADMIN)), "storage_busy", "1");
    }

    @Test
    void aRequestAfterTheStorageClosedIs503StorageUnavailable() {
        storage.close();

        assertOutage(server.get(PRODUCT, bearer(FakeAuthenticator.A_STOREFRONT)), "storage_unavailable", "5");
    }
}
