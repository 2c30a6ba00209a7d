package org.openwtp.core.plugin.server;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.ReadinessCheck;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.plugin.PluginRuntimeConfig;
import org.openwtp.core.plugin.PluginRuntimeModule;

/**
 * The plugin runtime inside the server: the {@link PluginRuntimeModule} configured from {@link ServerConfig}
 * ({@code plugins.dir}, {@code plugins.callTimeout}), its start and stop in the {@link Lifecycle#PLUGINS}
 * phase, a readiness check that passes once loading has finished, and the host's
 * {@link PluginAdministration} (list, start, stop, reload, unload, install). The runtime's
 * {@code TenantPluginDirectory}, {@code PluginStateStores} and {@code Clock} come from the tenant and
 * storage features.
 */
public final class PluginServerModule extends AbstractModule {

    private final ServerConfig config;

    /** @param config the server configuration */
    public PluginServerModule(ServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The runtime settings a server configuration asks for.
     *
     * @param config the server configuration
     * @return the runtime settings: the configured folder and call deadline, defaults otherwise
     */
    public static PluginRuntimeConfig runtimeConfig(ServerConfig config) {
        PluginRuntimeConfig d = PluginRuntimeConfig.defaults();
        return new PluginRuntimeConfig(config.plugins().dir(), Optional.empty(), d.callThreads(), d.callQueueCapacity(),
                config.plugins().callTimeout(), d.breakerFailureThreshold(), d.breakerOpenDuration(), d.startThreads());
    }

    @Override
    protected void configure() {
        install(new PluginRuntimeModule(runtimeConfig(config)));
        bind(PluginRuntimeLifecycle.class).in(Scopes.SINGLETON);
        bind(PluginJarInstaller.class).in(Scopes.SINGLETON);
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(PluginRuntimeLifecycle.class);
        Multibinder.newSetBinder(binder(), ReadinessCheck.class).addBinding().to(PluginsReadinessCheck.class);
        OptionalBinder.newOptionalBinder(binder(), PluginAdministration.class).setBinding().to(RuntimePluginAdministration.class);
    }
}
