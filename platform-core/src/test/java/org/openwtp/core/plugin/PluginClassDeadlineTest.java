package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's own {@code Plugin-Class} (constructor, {@code start()}, {@code stop()}) runs under the call deadline:
 * one that never returns fails that plugin, not the server's start or a later life-cycle operation.
 */
class PluginClassDeadlineTest {

    private static final Duration DEADLINE = Duration.ofMillis(500);

    @TempDir
    Path plugins;
    @TempDir
    Path work;

    @Test
    void aPluginClassThatHangsInItsConstructorOrStartFailsAndTheOthersStart() {
        TestPlugins.probeJar(plugins, "probe-1");
        withPluginClass("stuck-start", "", "hang();", "").writeTo(plugins);
        withPluginClass("stuck-constructor", "hang();", "", "").writeTo(plugins);
        withPluginClass("polite", "", "", "").writeTo(plugins);
        TestPlugins.probe("needs-stuck").dependencies("stuck-start").writeTo(plugins);

        try (RuntimeFixture fixture = fixture()) {
            fixture.runtime.startAll();

            assertThat(fixture.info("probe-1").status()).isEqualTo(PluginStatus.STARTED);
            assertThat(fixture.info("polite").status()).isEqualTo(PluginStatus.STARTED); // its start() checks the TCCL
            assertThat(fixture.facts("polite")).contains("plugin:polite");
            assertThat(fixture.info("stuck-start").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("stuck-start").failureReason()).get().asString()
                    .contains("start() of plugin 'stuck-start' did not finish within 500 ms (plugins.callTimeout)");
            assertThat(fixture.info("stuck-constructor").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("stuck-constructor").failureReason()).get().asString()
                    .contains("start() of plugin 'stuck-constructor' did not finish within 500 ms");
            assertThat(fixture.info("needs-stuck").failureReason()).get().asString().contains("'stuck-start' is not running");
        }
    }

    @Test
    void aPluginClassThatHangsInStopIsStoppedAndUnloadedAnyway() {
        withPluginClass("stuck-stop", "", "", "hang();").writeTo(plugins);
        TestPlugins.probeJar(plugins, "probe-1");
        try (RuntimeFixture fixture = fixture()) {
            fixture.runtime.startAll();
            assertThat(fixture.info("stuck-stop").status()).isEqualTo(PluginStatus.STARTED);

            PluginInfo stopped = fixture.runtime.stop("stuck-stop");

            assertThat(stopped.status()).isNotEqualTo(PluginStatus.STARTED);
            assertThat(fixture.extensions.forTenant(org.openwtp.sdk.context.TenantId.of("acme"),
                    org.openwtp.sdk.events.OrderEventListener.class, "stuck-stop")).isEmpty();
            assertThat(fixture.runtime.unload("stuck-stop")).containsExactly("stuck-stop");
            assertThat(fixture.info("probe-1").status()).isEqualTo(PluginStatus.STARTED);
        }
    }

    private RuntimeFixture fixture() {
        return new RuntimeFixture(PluginRuntimeConfig.defaults().withPluginsDirectory(plugins).withWorkDirectory(work)
                .withDefaultCallTimeout(DEADLINE), new InMemoryPluginStateStores());
    }

    /** A probe with a Plugin-Class whose constructor, start() and stop() run the given statements. */
    private static TestPluginJars withPluginClass(String id, String constructor, String start, String stop) {
        String pkg = TestPlugins.packageOf(id);
        return TestPlugins.probe(id).pluginClass(pkg + ".Lifecycle").source(pkg + ".Lifecycle", """
                package %s;

                public class Lifecycle extends org.pf4j.Plugin {
                    public Lifecycle() {
                        %s
                    }

                    @Override
                    public void start() {
                        if (Thread.currentThread().getContextClassLoader() != Lifecycle.class.getClassLoader()) {
                            throw new IllegalStateException("start() runs without the plugin's context class loader");
                        }
                        %s
                    }

                    @Override
                    public void stop() {
                        %s
                    }

                    /** A remote service that never answers; gives up when interrupted. */
                    private static void hang() {
                        try {
                            new java.util.concurrent.CountDownLatch(1).await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                """.formatted(pkg, constructor, start, stop));
    }
}
