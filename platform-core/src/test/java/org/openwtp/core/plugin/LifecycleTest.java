package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleTest {

    @TempDir
    Path plugins;
    @TempDir
    Path updates;
    @TempDir
    Path work;

    @Test
    void aPluginIsReloadedFromANewerJarWhileTheCoreRuns() {
        TestPlugins.probe("evolving").version("1.0.0").writeTo(plugins);
        Path newer = TestPlugins.probe("evolving").version("1.1.0").writeTo(updates);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            assertThat(fixture.facts("evolving")).contains("version:1.0.0");

            PluginInfo reloaded = fixture.runtime.reload("evolving", newer);

            assertThat(reloaded.version()).isEqualTo("1.1.0");
            assertThat(reloaded.status()).isEqualTo(PluginStatus.STARTED);
            assertThat(fixture.facts("evolving")).contains("version:1.1.0");
        }
    }

    @Test
    void reloadingFromAnotherPluginsJarLeavesTheRunningPluginUntouched() {
        TestPlugins.probeJar(plugins, "steady");
        Path other = TestPlugins.probeJar(updates, "intruder");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThatThrownBy(() -> fixture.runtime.reload("steady", other))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it is plugin 'intruder'");
            assertThat(fixture.info("steady").status()).isEqualTo(PluginStatus.STARTED);
            assertThat(fixture.facts("steady")).contains("plugin:steady");
        }
    }

    @Test
    void dependentsAreStoppedWithTheirDependencyAndRestartedAfterItsReload() {
        TestPlugins.probeJar(plugins, "base");
        TestPlugins.probe("addon").dependencies("base@>=1.0.0").writeTo(plugins);
        Path newer = TestPlugins.probe("base").version("1.5.0").writeTo(updates);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            assertThat(fixture.info("addon").status()).isEqualTo(PluginStatus.STARTED);

            fixture.runtime.stop("base");
            assertThat(fixture.info("addon").status()).isEqualTo(PluginStatus.STOPPED);

            fixture.runtime.reload("base", newer);
            assertThat(fixture.info("base").version()).isEqualTo("1.5.0");
            assertThat(fixture.info("addon").status()).isEqualTo(PluginStatus.STARTED);
        }
    }

    @Test
    void aPluginLoadedWhileTheCoreRunsCanBeUnloadedAgain() {
        Path jar = TestPlugins.probeJar(updates, "visitor");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.runtime.load(jar).status()).isEqualTo(PluginStatus.STARTED);
            assertThat(fixture.facts("visitor")).contains("plugin:visitor");

            assertThat(fixture.runtime.unload("visitor")).containsExactly("visitor");
            assertThat(fixture.runtime.plugin("visitor")).isEmpty();
            assertThat(jar).exists();
        }
    }

    @Test
    void anUnloadedPluginsClassLoaderIsCollected() throws Exception {
        Path jar = TestPlugins.probeJar(updates, "transient");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                loaders.add(loadCallAndUnload(fixture, jar));
            }

            for (int i = 0; i < 50 && loaders.stream().anyMatch(ref -> ref.get() != null); i++) {
                System.gc();
                allocateSomeGarbage();
            }
            assertThat(loaders).allMatch(ref -> ref.get() == null, "collected");
            try (var copies = Files.list(work)) {
                assertThat(copies).isEmpty();
            }
        }
    }

    private static WeakReference<ClassLoader> loadCallAndUnload(RuntimeFixture fixture, Path jar) {
        fixture.runtime.load(jar);
        ClassLoader loader = fixture.probe("t", "transient").call("loader", (l, c) -> l.getClass().getClassLoader());
        fixture.probe("t", "transient").call("onOrderEvent", CallOptions.onExecutor(java.time.Duration.ofSeconds(5)),
                (l, c) -> {
                    l.onOrderEvent(TestPlugins.event("seen", "e1"), c);
                    return null;
                });
        fixture.runtime.unload("transient");
        return new WeakReference<>(loader);
    }

    private static void allocateSomeGarbage() {
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[64 * 1024];
        }
        assertThat(garbage[garbage.length - 1]).hasSize(64 * 1024);
    }
}
