package org.openwtp.core.store.internal;

import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;

/** Picks the storage engine for a configuration. */
public final class Engines {

    private Engines() {
    }

    /**
     * Migrates (if configured) and opens the engine.
     *
     * @param config the database
     * @return the open storage
     */
    public static Storage open(StorageConfig config) {
        if (config.migrateOnStart()) {
            FlywayMigrator.migrate(config);
        }
        return switch (config.dialect()) {
            case SQLITE -> SqliteStorage.open(config);
            case POSTGRESQL -> PostgresStorage.open(config);
        };
    }
}
