package org.openwtp.core.store;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.admin.StorageAdministration;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.ReadinessCheck;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.store.internal.FlywayStorageAdministration;
import org.openwtp.core.store.internal.JdbiPluginStateStores;
import org.openwtp.core.store.internal.ManagedStorage;
import org.openwtp.core.store.internal.StorageReadinessCheck;

/**
 * Guice bindings of the storage feature: the {@link Storage} of a {@link StorageConfig}, opened (and migrated
 * unless configured otherwise) in the server's {@link Lifecycle#STORAGE} phase or on first use and closed
 * when the server stops; the database-backed {@link PluginStateStores}; the storage readiness check; the
 * {@code migrate} administration; and a default UTC {@link Clock} that tests or other modules may override
 * through {@link OptionalBinder}.
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

    /**
     * The module for the database a server configuration names.
     *
     * @param config the server configuration ({@code storage.*})
     * @return the module
     */
    public static StoreModule forServer(ServerConfig config) {
        return new StoreModule(storageConfig(config.storage()));
    }

    /**
     * The storage configuration of the {@code storage.*} settings: PostgreSQL when {@code storage.jdbc.url}
     * is set, the SQLite file {@code storage.sqlite.path} otherwise.
     *
     * @param s the settings
     * @return the storage configuration
     */
    public static StorageConfig storageConfig(ServerConfig.Storage s) {
        StorageConfig base = s.jdbcUrl().isPresent()
                ? StorageConfig.postgres(s.jdbcUrl().get(), s.jdbcUser().orElse(null),
                        s.jdbcPassword().map(p -> p.reveal()).orElse(null))
                : StorageConfig.sqlite(s.sqlitePath());
        Optional<Integer> pool = s.poolSize();
        return new StorageConfig(base.sqlitePath(), base.jdbcUrl(), base.user(), base.password(),
                pool.orElse(base.poolSize()), SqliteSynchronous.valueOf(s.sqliteSynchronous()), s.sqliteBusyTimeout(),
                s.sqliteWriteWait(), s.migrateOnStart());
    }

    @Override
    protected void configure() {
        bind(StorageConfig.class).toInstance(config);
        bind(ManagedStorage.class).in(Singleton.class);
        bind(Storage.class).to(ManagedStorage.class);
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(ManagedStorage.class);
        Multibinder.newSetBinder(binder(), ReadinessCheck.class).addBinding().to(StorageReadinessCheck.class);
        OptionalBinder.newOptionalBinder(binder(), StorageAdministration.class).setBinding().to(FlywayStorageAdministration.class);
        bind(PluginStateStores.class).to(JdbiPluginStateStores.class);
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
    }
}
