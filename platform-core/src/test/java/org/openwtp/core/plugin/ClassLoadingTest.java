package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.sdk.events.OrderEventListener;

class ClassLoadingTest {

    @TempDir
    Path plugins;
    @TempDir
    Path work;

    @Test
    void twoPluginsBundlingDifferentVersionsOfOneLibraryEachSeeTheirOwn() {
        TestPlugins.probeWithLibrary("old-lib", "1.0").writeTo(plugins);
        TestPlugins.probeWithLibrary("new-lib", "2.0").writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.facts("old-lib")).contains("lib:1.0");
            assertThat(fixture.facts("new-lib")).contains("lib:2.0");
        }
    }

    @Test
    void theContextClassLoaderIsThePluginsDuringCallsOnBothPaths() {
        TestPlugins.probeJar(plugins, "tccl");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            TenantExtension<OrderEventListener> probe = fixture.probe("t", "tccl");
            ClassLoader before = Thread.currentThread().getContextClassLoader();

            Set<String> onCaller = probe.call("eventTypes", CallOptions.onCallerThread(Duration.ofSeconds(5)), (l, c) -> l.eventTypes());
            Set<String> onExecutor = probe.call("eventTypes", CallOptions.onExecutor(Duration.ofSeconds(5)), (l, c) -> l.eventTypes());

            assertThat(onCaller).contains("tccl:true");
            assertThat(onExecutor).contains("tccl:true");
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
        }
    }

    @Test
    void sdkTypesAreSharedWithTheCoreAndCoreInternalsAreHidden() {
        TestPlugins.probeJar(plugins, "sealed");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            TenantExtension<OrderEventListener> probe = fixture.probe("t", "sealed");

            Object extension = probe.call("self", (l, c) -> l);
            assertThat(extension).isInstanceOf(OrderEventListener.class);
            assertThat(extension.getClass().getClassLoader()).isNotSameAs(OrderEventListener.class.getClassLoader());
            assertThat(fixture.facts("sealed")).contains("core-visible:false");
        }
    }
}
