package org.openwtp.core.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntimeConfig;
import org.openwtp.core.plugin.PluginStatus;
import org.openwtp.core.plugin.internal.DefaultPluginRuntime;
import org.openwtp.core.plugin.internal.PluginCallGuard;
import org.openwtp.core.plugin.internal.PluginRegistry;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginWrapper;

/**
 * (b) Loading and starting a set of plugin jars through the core against bare PF4J loading and starting the same
 * jars and creating their extensions. One shot per invocation; both tear down outside the measurement.
 *
 * <p>{@code core}: a new {@code DefaultPluginRuntime} (with its call guard and meter registry) and {@code startAll()}:
 * jars listed, copied, manifest and extension index read, SDK range checked, PF4J loads, resolves and starts each
 * plugin, each plugin's injector built, its extensions created and their configuration fields collected, the
 * plugin list published; with the runtime's default start threads (one per processor). {@code barePf4j}: a new
 * {@code JarPluginManager}, {@code loadPlugins()}, {@code startPlugins()} and {@code getExtensions(id)} for every
 * started plugin (its finder reads every index and scans the class path; extensions created by reflection). The
 * fork runs with Guice's class generation off, as the server's {@code Main} sets it.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(value = 1, jvmArgsAppend = {"-Dlogback.configurationFile=logback-bench.xml", "-Dguice_bytecode_gen_option=DISABLED"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PluginLoadBenchmark {

    /** The core's start threads; 0 for the runtime's default (one per processor). */
    @Param({"0"})
    public int startThreads;

    private Path plugins;
    private DefaultPluginRuntime runtime;
    private JarPluginManager bare;

    @Setup(Level.Trial)
    public void jars() throws Exception {
        plugins = BenchPlugins.loadSet();
    }

    @TearDown(Level.Invocation)
    public void unload() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
        if (bare != null) {
            bare.unloadPlugins(); // stops each first; PF4J 3.15's stopPlugins() throws ConcurrentModificationException
            bare = null;
        }
    }

    @Benchmark
    public List<PluginInfo> core() {
        PluginRuntimeConfig defaults = PluginRuntimeConfig.defaults().withPluginsDirectory(plugins);
        PluginRuntimeConfig config = startThreads == 0 ? defaults : defaults.withStartThreads(startThreads);
        runtime = new DefaultPluginRuntime(config, new PluginRegistry(),
                new PluginCallGuard(config, new SimpleMeterRegistry(), Clock.systemUTC()));
        List<PluginInfo> infos = runtime.startAll();
        if (infos.stream().anyMatch(p -> p.status() != PluginStatus.STARTED)) {
            throw new IllegalStateException("a benchmark plugin did not start: " + infos);
        }
        return infos;
    }

    @Benchmark
    public int barePf4j() {
        bare = new JarPluginManager(plugins);
        bare.loadPlugins();
        bare.startPlugins();
        int extensions = 0;
        for (PluginWrapper plugin : bare.getStartedPlugins()) {
            extensions += bare.getExtensions(plugin.getPluginId()).size();
        }
        return extensions;
    }
}
