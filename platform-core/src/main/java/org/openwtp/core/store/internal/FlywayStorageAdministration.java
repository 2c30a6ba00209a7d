package org.openwtp.core.store.internal;

import jakarta.inject.Inject;
import org.openwtp.core.admin.StorageAdministration;
import org.openwtp.core.store.MigrationResult;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.StorageMigrations;

/** {@code openwtp migrate}: applies pending migrations without opening the storage for serving. Thread-safe. */
public final class FlywayStorageAdministration implements StorageAdministration {

    private final StorageConfig config;

    /** @param config the database */
    @Inject
    public FlywayStorageAdministration(StorageConfig config) {
        this.config = config;
    }

    @Override
    public String migrate() {
        MigrationResult result = StorageMigrations.migrate(config);
        return "applied " + result.migrationsApplied() + " migration" + (result.migrationsApplied() == 1 ? "" : "s")
                + "; schema at version " + result.schemaVersion() + " (" + config.dialect() + ")";
    }
}
