package org.openwtp.core.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import java.util.Objects;
import org.openwtp.core.plugin.internal.DefaultPluginExtensions;
import org.openwtp.core.plugin.internal.DefaultPluginRuntime;
import org.openwtp.core.plugin.internal.LoadedPluginConfigSchemas;
import org.openwtp.core.plugin.internal.PluginCallGuard;
import org.openwtp.core.plugin.internal.PluginRegistry;

/**
 * The plugin runtime feature: binds {@link PluginRuntime}, {@link PluginExtensions} and
 * {@link PluginConfigSchemas}. It needs from other modules: {@link TenantPluginDirectory},
 * {@link PluginStateStores}, a Micrometer {@code MeterRegistry} and a {@code java.time.Clock}.
 * The server calls {@link PluginRuntime#startAll()} at start-up and {@link PluginRuntime#close()} at shutdown.
 */
public final class PluginRuntimeModule extends AbstractModule {

    private final PluginRuntimeConfig config;

    /**
     * Creates the module.
     *
     * @param config the runtime's settings
     */
    public PluginRuntimeModule(PluginRuntimeConfig config) {
        this.config = Objects.requireNonNull(config, "config must not be null");
    }

    @Override
    protected void configure() {
        bind(PluginRuntimeConfig.class).toInstance(config);
        bind(PluginRegistry.class).in(Scopes.SINGLETON);
        bind(PluginCallGuard.class).in(Scopes.SINGLETON);
        bind(PluginRuntime.class).to(DefaultPluginRuntime.class).in(Scopes.SINGLETON);
        bind(DefaultPluginRuntime.class).in(Scopes.SINGLETON);
        bind(PluginExtensions.class).to(DefaultPluginExtensions.class).in(Scopes.SINGLETON);
        bind(DefaultPluginExtensions.class).in(Scopes.SINGLETON);
        bind(PluginConfigSchemas.class).to(LoadedPluginConfigSchemas.class).in(Scopes.SINGLETON);
        bind(LoadedPluginConfigSchemas.class).in(Scopes.SINGLETON);
    }
}
