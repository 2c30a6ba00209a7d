package org.openwtp.core.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.events.OrderEventListener;

/**
 * The plugin runtime wired by its Guice module, with in-memory tenant directory and stores, a simple
 * meter registry, and plugins read from a test directory. Confined to one test.
 */
final class RuntimeFixture implements AutoCloseable {

    final InMemoryTenantPluginDirectory directory = new InMemoryTenantPluginDirectory();
    final MeterRegistry meters = new SimpleMeterRegistry();
    final PluginStateStores stores;
    final PluginRuntime runtime;
    final PluginExtensions extensions;
    final PluginConfigSchemas schemas;

    RuntimeFixture(Path pluginsDir, Path workDir) {
        this(PluginRuntimeConfig.defaults().withPluginsDirectory(pluginsDir).withWorkDirectory(workDir),
                new InMemoryPluginStateStores());
    }

    RuntimeFixture(PluginRuntimeConfig config, PluginStateStores stores) {
        this.stores = stores;
        Injector injector = Guice.createInjector(new PluginRuntimeModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                bind(TenantPluginDirectory.class).toInstance(directory);
                bind(PluginStateStores.class).toInstance(stores);
                bind(MeterRegistry.class).toInstance(meters);
                bind(Clock.class).toInstance(Clock.systemUTC());
            }
        });
        this.runtime = injector.getInstance(PluginRuntime.class);
        this.extensions = injector.getInstance(PluginExtensions.class);
        this.schemas = injector.getInstance(PluginConfigSchemas.class);
    }

    /** Enables a plugin for a tenant with its default greeting. */
    RuntimeFixture enable(String tenant, String pluginId) {
        directory.enable(TenantId.of(tenant), pluginId, PluginConfig.of(java.util.Map.of("greeting", "hello")));
        return this;
    }

    /** The probe of one plugin for a tenant, enabling it first. */
    TenantExtension<OrderEventListener> probe(String tenant, String pluginId) {
        enable(tenant, pluginId);
        return extensions.forTenant(TenantId.of(tenant), OrderEventListener.class, pluginId).orElseThrow();
    }

    /** What the probe of a plugin reports. */
    List<String> facts(String pluginId) {
        return probe("facts", pluginId).call("eventTypes", (listener, context) -> listener.eventTypes()).stream().sorted().toList();
    }

    PluginInfo info(String pluginId) {
        return runtime.plugin(pluginId).orElseThrow();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
