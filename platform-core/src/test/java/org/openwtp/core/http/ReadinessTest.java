package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.json;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openwtp.core.testing.TestServer;

class ReadinessTest {

    @Test
    void readyOnlyWhenEveryCheckIsReady() {
        AtomicBoolean storageUp = new AtomicBoolean(false);
        ReadinessCheck storage = new ReadinessCheck() {
            @Override public String name() { return "storage"; }
            @Override public Result check() { return storageUp.get() ? Result.ok() : Result.notReady("database does not answer"); }
        };
        ReadinessCheck throwing = new ReadinessCheck() {
            @Override public String name() { return "plugins"; }
            @Override public Result check() { throw new IllegalStateException("boom"); }
        };
        try (TestServer server = TestServer.start(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), ReadinessCheck.class).addBinding().toInstance(storage);
            }
        })) {
            var notReady = server.get("/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(json(notReady).get("checks").findValuesAsText("detail")).contains("database does not answer");
            storageUp.set(true);
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
        }
        try (TestServer server = TestServer.start(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), ReadinessCheck.class).addBinding().toInstance(throwing);
            }
        })) {
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(503);
        }
    }
}
