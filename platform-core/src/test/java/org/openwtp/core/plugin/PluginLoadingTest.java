package org.openwtp.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.sdk.SdkVersion;
import org.openwtp.sdk.config.ConfigField;

class PluginLoadingTest {

    @TempDir
    Path plugins;
    @TempDir
    Path work;

    @Test
    void goodPluginIsLoadedStartedAndCallable() {
        TestPlugins.probeJar(plugins, "alpha");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            PluginInfo info = fixture.info("alpha");
            assertThat(info.status()).isEqualTo(PluginStatus.STARTED);
            assertThat(info.version()).isEqualTo("1.0.0");
            assertThat(info.requires()).isEqualTo(SdkVersion.COMPATIBLE_RANGE);
            assertThat(info.extensionPoints()).containsExactly("OrderEventListener");
            assertThat(info.failureReason()).isEmpty();
            assertThat(fixture.facts("alpha")).contains("plugin:alpha", "version:1.0.0", "sdk:" + SdkVersion.CURRENT);
            assertThat(fixture.schemas.declaredFields("alpha").orElseThrow()).extracting(ConfigField::name).containsExactly("greeting");
        }
    }

    @Test
    void pluginRequiringAnotherSdkIsRefusedNamingTheRangeAndTheCoreVersion() {
        TestPlugins.probe("future").requires(">=2.0.0 & <3.0.0").writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            PluginInfo info = fixture.info("future");
            assertThat(info.status()).isEqualTo(PluginStatus.FAILED);
            assertThat(info.failureReason()).get().asString()
                    .contains(">=2.0.0 & <3.0.0").contains("this core provides SDK " + SdkVersion.CURRENT);
        }
    }

    @Test
    void pluginWithoutPluginRequiresIsRefused() {
        TestPlugins.probe("vague").requires(null).writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.info("vague").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("vague").failureReason()).get().asString()
                    .contains("declares no Plugin-Requires").contains(SdkVersion.CURRENT).contains(SdkVersion.COMPATIBLE_RANGE);
        }
    }

    @Test
    void brokenPluginsAreMarkedFailedWithTheReasonWhileTheOthersRun() throws Exception {
        TestPlugins.probeJar(plugins, "good");
        Files.write(plugins.resolve("corrupt.jar"), new byte[] {'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'});
        TestPlugins.probe("anonymous").withoutDescriptor().writeTo(plugins);
        TestPlugins.probe("orphan").dependencies("missing@>=1.0.0").writeTo(plugins);
        TestPlugins.failingOnStart("grumpy").writeTo(plugins);
        TestPlugins.probe("needs-grumpy").dependencies("grumpy").writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.info("good").status()).isEqualTo(PluginStatus.STARTED);
            assertThat(fixture.facts("good")).contains("plugin:good");
            assertThat(fixture.info("corrupt.jar").failureReason()).get().asString().contains("corrupt.jar");
            assertThat(fixture.info("anonymous-1.0.0.jar").failureReason()).get().asString().contains("no plugin descriptor");
            assertThat(fixture.info("orphan").failureReason()).get().asString()
                    .contains("requires plugin 'missing'").contains("not installed");
            assertThat(fixture.info("grumpy").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("grumpy").failureReason()).get().asString().contains("cannot reach the national registry");
            assertThat(fixture.info("needs-grumpy").status()).isEqualTo(PluginStatus.FAILED);
            assertThat(fixture.info("needs-grumpy").failureReason()).get().asString().contains("'grumpy' is not running");
            assertThat(fixture.runtime.plugins()).filteredOn(p -> p.status() == PluginStatus.FAILED).hasSize(5);
        }
    }

    @Test
    void jarsAreCopiedToTheWorkDirectorySoOriginalsAreNeverOpened() {
        Path original = TestPlugins.probeJar(plugins, "copied");
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();
            ClassLoader loader = fixture.probe("t", "copied").call("loader", (l, c) -> l.getClass().getClassLoader());

            URL[] urls = ((java.net.URLClassLoader) loader).getURLs();
            assertThat(Arrays.stream(urls).map(u -> Path.of(java.net.URI.create(u.toString())))).allMatch(p -> p.startsWith(work));
            assertThat(fixture.info("copied").source()).isEqualTo(original.toString());
        }
    }

    @Test
    void refusedJarsLeaveNoCopyInTheWorkDirectory() throws Exception {
        TestPlugins.probeJar(plugins, "kept");
        Files.write(plugins.resolve("corrupt.jar"), new byte[] {'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'});
        TestPlugins.probe("anonymous").withoutDescriptor().writeTo(plugins);
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            fixture.runtime.startAll();

            assertThat(fixture.info("kept").status()).isEqualTo(PluginStatus.STARTED);
            try (java.util.stream.Stream<Path> copies = Files.list(work)) {
                assertThat(copies.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("kept-1.0.0.jar");
            }
        }
    }

    @Test
    void configFieldsAreDeclaredOnlyForStartedPlugins() {
        try (RuntimeFixture fixture = new RuntimeFixture(plugins, work)) {
            assertThat(fixture.schemas.declaredFields("nobody")).isEmpty();
            assertThat(fixture.schemas.semanticProblems("nobody", org.openwtp.sdk.config.PluginConfig.empty()))
                    .extracting("code").containsExactly("PLUGIN_NOT_STARTED");
        }
    }
}
