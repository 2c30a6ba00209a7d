package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;

class GracefulShutdownTest {

    @Test
    void aRequestInFlightCompletesWhileTheServerStops() throws Exception {
        TestResource resource = new TestResource();
        TestServer server = TestServer.start(TestModules.fakes(resource, new InMemoryTenants()));
        CompletableFuture<HttpResponse<String>> inFlight = server.client()
                .sendAsync(server.request("/v1/test/slow").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resource.slowEntered.await(10, TimeUnit.SECONDS)).as("request reached its handler").isTrue();

        Thread stopper = new Thread(server::close, "stopper");
        stopper.start();
        stopper.join(300);
        assertThat(stopper.isAlive()).as("stop waits for the request in flight").isTrue();

        resource.slowRelease.countDown();
        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        stopper.join(10_000);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("done");
        assertThat(stopper.isAlive()).as("stop finished once the request was done").isFalse();
    }
}
