package org.openwtp.core.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.Objects;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.store.internal.JdbiPluginStateStores;

/**
 * Guice bindings of the storage feature: the {@link Storage} opened from a {@link StorageConfig} (migrated
 * on open unless configured otherwise) and the database-backed {@link PluginStateStores}. Also provides a
 * default UTC {@link Clock} that tests or other modules may override through {@link OptionalBinder}.
 * Whoever builds the injector closes the {@link Storage} on shutdown.
 */
public final class StoreModule extends AbstractModule {

    private final StorageConfig config;

    /**
     * The module for one database.
     *
     * @param config where the data lives
     */
    public StoreModule(StorageConfig config) {
        this.config = Objects.requireNonNull(config, "config must not be null");
    }

    @Override
    protected void configure() {
        bind(StorageConfig.class).toInstance(config);
        bind(PluginStateStores.class).to(JdbiPluginStateStores.class);
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
    }

    @Provides
    @Singleton
    Storage storage(StorageConfig storageConfig) {
        return Storage.open(storageConfig);
    }
}
