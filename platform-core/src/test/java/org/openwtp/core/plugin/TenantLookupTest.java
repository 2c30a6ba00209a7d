package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.fx.FxRateSource;

class TenantLookupTest {

    private static final TenantId SILK = TenantId.of("silk-road");
    private static final TenantId AMBER = TenantId.of("amber-road");

    @TempDir
    Path plugins;
    @TempDir
    Path work;

    @Test
    void aTenantSeesExactlyThePluginsItEnabledEachWithItsOwnConfigAndStore() {
        TestPlugins.probeJar(plugins, "one");
        TestPlugins.probeJar(plugins, "two");
        TestPlugins.probeJar(plugins, "three");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            fixture.directory.enable(SILK, "two", PluginConfig.of(Map.of("greeting", "salaam")))
                    .enable(SILK, "one", PluginConfig.of(Map.of("greeting", "privet")))
                    .enable(AMBER, "one", PluginConfig.of(Map.of("greeting", "labas")))
                    .enable(AMBER, "not-installed", PluginConfig.empty());

            List<TenantExtension<OrderEventListener>> silk = fixture.extensions.forTenant(SILK, OrderEventListener.class);
            List<TenantExtension<OrderEventListener>> amber = fixture.extensions.forTenant(AMBER, OrderEventListener.class);

            assertThat(silk).extracting(TenantExtension::pluginId).containsExactly("two", "one");
            assertThat(amber).extracting(TenantExtension::pluginId).containsExactly("one");
            assertThat(fixture.extensions.forTenant(TenantId.of("nobody"), OrderEventListener.class)).isEmpty();
            assertThat(fixture.extensions.forTenant(SILK, FxRateSource.class)).isEmpty();
            assertThat(fixture.extensions.forTenant(AMBER, OrderEventListener.class, "two")).isEmpty();

            silk.forEach(e -> e.run("onOrderEvent", CallOptions.onCallerThread(Duration.ofSeconds(1)),
                    (l, c) -> l.onOrderEvent(TestPlugins.event("order.paid", "e1"), c)));
            amber.forEach(e -> e.run("onOrderEvent", CallOptions.onExecutor(Duration.ofSeconds(5)),
                    (l, c) -> l.onOrderEvent(TestPlugins.event("order.paid", "e2"), c)));

            assertThat(fixture.stores.storeFor(SILK, "one").get("seen")).contains("silk-road:privet:e1:one");
            assertThat(fixture.stores.storeFor(SILK, "two").get("seen")).contains("silk-road:salaam:e1:two");
            assertThat(fixture.stores.storeFor(AMBER, "one").get("seen")).contains("amber-road:labas:e2:one");
            assertThat(fixture.stores.storeFor(AMBER, "two").get("seen")).isEmpty();
        }
    }

    @Test
    void aLookupIsReusedWhileTheTenantsPluginsAndTheStartedPluginsStayTheSame() {
        TestPlugins.probeJar(plugins, "one");
        TestPlugins.probeJar(plugins, "two");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            fixture.directory.enable(SILK, "one", PluginConfig.of(Map.of("greeting", "privet")))
                    .enable(SILK, "two", PluginConfig.of(Map.of("greeting", "salaam")));
            List<TenantExtension<OrderEventListener>> first = fixture.extensions.forTenant(SILK, OrderEventListener.class);

            assertThat(fixture.extensions.forTenant(SILK, OrderEventListener.class)).isSameAs(first);

            fixture.directory.enable(SILK, "one", PluginConfig.of(Map.of("greeting", "zdravstvuyte")));
            List<TenantExtension<OrderEventListener>> reconfigured = fixture.extensions.forTenant(SILK, OrderEventListener.class);
            assertThat(reconfigured).isNotSameAs(first).extracting(e -> e.config().string("greeting"))
                    .containsExactlyInAnyOrder("zdravstvuyte", "salaam");

            fixture.runtime.stop("two");
            assertThat(fixture.extensions.forTenant(SILK, OrderEventListener.class)).extracting(TenantExtension::pluginId)
                    .containsExactly("one");

            fixture.runtime.start("two");
            List<TenantExtension<OrderEventListener>> restarted = fixture.extensions.forTenant(SILK, OrderEventListener.class);
            assertThat(restarted).extracting(TenantExtension::pluginId).containsExactlyInAnyOrder("one", "two");
            restarted.forEach(e -> e.run("onOrderEvent", CallOptions.onCallerThread(Duration.ofSeconds(1)),
                    (l, c) -> l.onOrderEvent(TestPlugins.event("order.paid", "after-restart"), c)));
            assertThat(fixture.stores.storeFor(SILK, "two").get("seen")).contains("silk-road:salaam:after-restart:two");
        }
    }

    @Test
    void theContextCarriesTheIdempotencyKeyAndADeadlineFromTheTimeout() {
        TestPlugins.probeJar(plugins, "ctx");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            TenantExtension<OrderEventListener> probe = fixture.probe("ctx-tenant", "ctx");
            CallOptions options = CallOptions.onCallerThread(Duration.ofSeconds(30)).withIdempotencyKey(IdempotencyKey.of("k-1"));

            PluginContext context = probe.call("context", options, (l, c) -> c);

            assertThat(context.tenantId()).isEqualTo(TenantId.of("ctx-tenant"));
            assertThat(context.idempotencyKey()).contains(IdempotencyKey.of("k-1"));
            assertThat(context.remaining()).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(30));
            assertThat(context.config().string("greeting")).isEqualTo("hello");
        }
    }

    @Test
    void aThrowingPluginYieldsOneFailureNamingPluginExtensionAndMethodAndIsCounted() {
        TestPlugins.probeJar(plugins, "boomer");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            TenantExtension<OrderEventListener> probe = fixture.probe("t1", "boomer");

            assertThatThrownBy(() -> probe.run("onOrderEvent", CallOptions.onExecutor(Duration.ofSeconds(5)),
                    (l, c) -> l.onOrderEvent(TestPlugins.event("boom", "e1"), c)))
                    .isInstanceOfSatisfying(PluginCallException.class, e -> {
                        assertThat(e.kind()).isEqualTo(PluginCallException.Kind.FAILED);
                        assertThat(e.pluginId()).isEqualTo("boomer");
                        assertThat(e.extension()).isEqualTo("OrderEventListener");
                        assertThat(e.method()).isEqualTo("onOrderEvent");
                        assertThat(e.getMessage()).contains("'boomer'", "OrderEventListener.onOrderEvent", "'t1'", "boom from boomer");
                        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                    });
            probe.call("eventTypes", (l, c) -> l.eventTypes());

            assertThat(timer(fixture, "onOrderEvent", "failure").count()).isEqualTo(1);
            assertThat(timer(fixture, "eventTypes", "success").count()).isEqualTo(1);
        }
    }

    @Test
    void pluginChecksOfAConfigurationRunThroughTheGuard() {
        TestPlugins.probeJar(plugins, "checked");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.schemas.semanticProblems("checked", PluginConfig.empty())).isEmpty();
            assertThat(fixture.meters.get("openwtp.plugin.calls").tag("tenant", "_core").tag("method", "validateConfig")
                    .timer().count()).isEqualTo(1);
        }
    }

    private static Timer timer(RuntimeFixture fixture, String method, String outcome) {
        return fixture.meters.get("openwtp.plugin.calls").tags("tenant", "t1", "plugin", "boomer",
                "extension", "OrderEventListener", "method", method, "outcome", outcome).timer();
    }
}
