package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.events.OrderEventListener;

class ExtensionInjectionTest {

    @TempDir
    Path plugins;
    @TempDir
    Path work;

    @Test
    void extensionsInjectTheirPluginEnvironment() {
        TestPlugins.probe("env").version("1.2.3").writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.facts("env")).contains("plugin:env", "version:1.2.3");
        }
    }

    @Test
    void extensionsAreCreatedOncePerPluginAndDroppedWhenItStops() {
        TestPlugins.probeJar(plugins, "cached");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            Object first = fixture.probe("a", "cached").call("self", (l, c) -> l);
            Object again = fixture.probe("b", "cached").call("self", (l, c) -> l);
            assertThat(again).isSameAs(first);

            TenantExtension<OrderEventListener> stale = fixture.probe("a", "cached");
            assertThat(fixture.runtime.stop("cached").status()).isEqualTo(PluginStatus.STOPPED);
            assertThat(fixture.extensions.forTenant(TenantId.of("a"), OrderEventListener.class)).isEmpty();
            assertThatThrownBy(() -> stale.call("self", (l, c) -> l))
                    .isInstanceOfSatisfying(PluginCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(PluginCallException.Kind.UNAVAILABLE));

            assertThat(fixture.runtime.start("cached").status()).isEqualTo(PluginStatus.STARTED);
            Object restarted = fixture.probe("a", "cached").call("self", (l, c) -> l);
            assertThat(restarted).isNotSameAs(first);
            assertThat(restarted.getClass()).isSameAs(first.getClass());
        }
    }

    @Test
    void anExtensionInjectingMoreThanThePluginEnvironmentFailsItsPlugin() {
        TestPluginJars.plugin("greedy").extension("greedy.Greedy", """
                package greedy;

                import jakarta.inject.Inject;
                import java.util.List;
                import java.util.Set;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.events.OrderEvent;
                import org.openwtp.sdk.events.OrderEventListener;

                @org.pf4j.Extension
                public class Greedy implements OrderEventListener {
                    @Inject
                    public Greedy(com.google.inject.Injector injector) {
                    }

                    public List<ConfigField> configFields() { return List.of(); }
                    public Set<String> eventTypes() { return Set.of(); }
                    public void onOrderEvent(OrderEvent event, PluginContext context) { }
                }
                """).writeTo(plugins);
        TestPlugins.probeJar(plugins, "modest");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.info("greedy").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("greedy").failureReason()).get().asString()
                    .contains("may @Inject only org.openwtp.sdk.PluginEnvironment").contains("Injector");
            assertThat(fixture.info("modest").status()).isEqualTo(PluginStatus.STARTED);
        }
    }

    @Test
    void anExtensionInjectingACoreTypeNoBindingOffersFailsItsPluginNamingTheType() {
        TestPluginJars.plugin("clocky").extension("clocky.Clocky", """
                package clocky;

                import jakarta.inject.Inject;
                import java.util.List;
                import java.util.Set;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.events.OrderEvent;
                import org.openwtp.sdk.events.OrderEventListener;

                @org.pf4j.Extension
                public class Clocky implements OrderEventListener {
                    @Inject
                    java.time.Clock clock;

                    public List<ConfigField> configFields() { return List.of(); }
                    public Set<String> eventTypes() { return Set.of(); }
                    public void onOrderEvent(OrderEvent event, PluginContext context) { }
                }
                """).writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.info("clocky").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("clocky").failureReason()).get().asString()
                    .contains("may @Inject only org.openwtp.sdk.PluginEnvironment").contains("java.time.Clock");
        }
    }
}
