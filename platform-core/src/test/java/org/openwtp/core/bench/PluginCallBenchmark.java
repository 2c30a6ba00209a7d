package org.openwtp.core.bench;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.InMemoryPluginStateStores;
import org.openwtp.core.plugin.InMemoryTenantPluginDirectory;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.plugin.PluginRuntimeConfig;
import org.openwtp.core.plugin.PluginRuntimeModule;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;

/**
 * (a) The cost of the guard: a tenant-aware, guarded call into a real plugin's {@code FxRateSource}
 * against calling the same extension object directly, on the caller-thread path and on the executor path.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dlogback.configurationFile=logback-bench.xml", "-Dguice_bytecode_gen_option=DISABLED"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PluginCallBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final CurrencyCode EUR = CurrencyCode.of("EUR");
    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private static final CallOptions CALLER = CallOptions.onCallerThread(Duration.ofSeconds(5));
    private static final CallOptions EXECUTOR = CallOptions.onExecutor(Duration.ofSeconds(5));

    private Path plugins;
    private PluginRuntime runtime;
    private PluginExtensions extensions;
    private TenantExtension<FxRateSource> guarded;
    private FxRateSource direct;
    private PluginContext context;

    @Setup(Level.Trial)
    public void start() throws Exception {
        plugins = Files.createTempDirectory("openwtp-bench-call-");
        BenchPlugins.fxPlugin(BenchPlugins.FX_PLUGIN).writeTo(plugins);
        InMemoryTenantPluginDirectory directory = new InMemoryTenantPluginDirectory()
                .enable(TENANT, BenchPlugins.FX_PLUGIN, PluginConfig.empty());
        Injector injector = Guice.createInjector(new PluginRuntimeModule(PluginRuntimeConfig.defaults().withPluginsDirectory(plugins)),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(TenantPluginDirectory.class).toInstance(directory);
                        bind(PluginStateStores.class).toInstance(new InMemoryPluginStateStores());
                        bind(MeterRegistry.class).toInstance(new SimpleMeterRegistry());
                        bind(Clock.class).toInstance(Clock.systemUTC());
                    }
                });
        runtime = injector.getInstance(PluginRuntime.class);
        runtime.startAll();
        extensions = injector.getInstance(PluginExtensions.class);
        guarded = extensions.forTenant(TENANT, FxRateSource.class).get(0);
        direct = guarded.call("self", (source, ctx) -> source);
        context = guarded.context(CALLER);
    }

    @TearDown(Level.Trial)
    public void stop() {
        runtime.close();
        BenchPlugins.deleteQuietly(plugins);
    }

    @Benchmark
    public Optional<ExchangeRate> directCall() {
        return direct.rate(EUR, USD, context);
    }

    @Benchmark
    public Optional<ExchangeRate> guardedCallerThread() {
        return guarded.call("rate", CALLER, (source, ctx) -> source.rate(EUR, USD, ctx));
    }

    @Benchmark
    public Optional<ExchangeRate> guardedExecutor() {
        return guarded.call("rate", EXECUTOR, (source, ctx) -> source.rate(EUR, USD, ctx));
    }

    @Benchmark
    public Optional<ExchangeRate> lookupAndGuardedCallerThread() {
        return extensions.forTenant(TENANT, FxRateSource.class).get(0)
                .call("rate", CALLER, (source, ctx) -> source.rate(EUR, USD, ctx));
    }
}
