package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins' extensions are created on several threads at once; the outcome must not depend on it. */
class ParallelStartTest {

    @TempDir
    Path plugins;
    @TempDir
    Path work;

    @Test
    void startingOnSeveralThreadsGivesTheOutcomeOfStartingOnOne() {
        for (int i = 1; i <= 3; i++) {
            TestPlugins.probeJar(plugins, "probe-" + i);
        }
        TestPlugins.probe("addon").dependencies("probe-1").writeTo(plugins);
        brokenExtension("broken").writeTo(plugins);
        TestPlugins.probe("needs-broken").dependencies("broken").writeTo(plugins);

        Map<String, String> alone = outcomes(1);
        Map<String, String> together = outcomes(4);

        assertThat(together).isEqualTo(alone);
        assertThat(together).containsEntry("probe-1", "STARTED").containsEntry("probe-3", "STARTED")
                .containsEntry("addon", "STARTED");
        assertThat(together.get("broken")).startsWith("FAILED").contains("cannot create the extensions of plugin 'broken'")
                .contains("no tariff table");
        assertThat(together.get("needs-broken")).startsWith("FAILED").contains("required plugin 'broken' is not running");
    }

    @Test
    void aPluginWhoseConfigurationFieldsNeverReturnFailsAndTheOthersStart() {
        TestPlugins.probeJar(plugins, "probe-1");
        TestPlugins.probe("addon").dependencies("probe-1").writeTo(plugins);
        hanging("hanging").writeTo(plugins);
        PluginRuntimeConfig config = PluginRuntimeConfig.defaults().withPluginsDirectory(plugins)
                .withWorkDirectory(work.resolve("hanging")).withStartThreads(1).withDefaultCallTimeout(Duration.ofSeconds(2));
        try (RuntimeFixture fixture = new RuntimeFixture(config, new InMemoryPluginStateStores())) {
            fixture.runtime.startAll();
            Map<String, String> outcomes = fixture.runtime.plugins().stream().collect(Collectors.toMap(PluginInfo::pluginId,
                    p -> p.status() + p.failureReason().map(r -> ": " + r).orElse("")));
            assertThat(outcomes).containsEntry("probe-1", "STARTED").containsEntry("addon", "STARTED");
            assertThat(outcomes.get("hanging")).startsWith("FAILED")
                    .contains("did not finish within 2000 ms (plugins.callTimeout)");
            assertThat(fixture.facts("probe-1")).contains("plugin:probe-1");
        }
    }

    /** Status and reason of every plugin after a start on {@code threads} threads, and the probes still answer. */
    private Map<String, String> outcomes(int threads) {
        PluginRuntimeConfig config = PluginRuntimeConfig.defaults().withPluginsDirectory(plugins)
                .withWorkDirectory(work.resolve("threads-" + threads)).withStartThreads(threads);
        try (RuntimeFixture fixture = new RuntimeFixture(config, new InMemoryPluginStateStores())) {
            fixture.runtime.startAll();
            assertThat(fixture.facts("probe-3")).contains("plugin:probe-3");
            return fixture.runtime.plugins().stream().collect(Collectors.toMap(PluginInfo::pluginId,
                    p -> p.status() + p.failureReason().map(r -> ": " + r).orElse("")));
        }
    }

    private static TestPluginJars hanging(String id) {
        return TestPluginJars.plugin(id).extension("hanging.Hanging", """
                package hanging;

                import java.util.List;
                import java.util.Set;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.events.OrderEvent;
                import org.openwtp.sdk.events.OrderEventListener;

                @org.pf4j.Extension
                public class Hanging implements OrderEventListener {
                    public List<ConfigField> configFields() {
                        try {
                            new java.util.concurrent.CountDownLatch(1).await(); // a remote schema that never answers
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return List.of();
                    }
                    public Set<String> eventTypes() { return Set.of(); }
                    public void onOrderEvent(OrderEvent event, PluginContext context) { }
                }
                """);
    }

    private static TestPluginJars brokenExtension(String id) {
        return TestPluginJars.plugin(id).extension("broken.Broken", """
                package broken;

                import java.util.List;
                import java.util.Set;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.events.OrderEvent;
                import org.openwtp.sdk.events.OrderEventListener;

                @org.pf4j.Extension
                public class Broken implements OrderEventListener {
                    public Broken() {
                        throw new IllegalStateException("no tariff table");
                    }

                    public List<ConfigField> configFields() { return List.of(); }
                    public Set<String> eventTypes() { return Set.of(); }
                    public void onOrderEvent(OrderEvent event, PluginContext context) { }
                }
                """);
    }
}
