package org.openwtp.core.store;

import org.openwtp.core.store.internal.FlywayMigrator;

/**
 * The {@code migrate} entry point: brings a database's schema up to date without starting anything else.
 * The versioned migrations live in {@code db/migration} on the class path and run unchanged on SQLite and
 * PostgreSQL. Safe to run repeatedly and while servers are running (Flyway takes a lock).
 */
public final class StorageMigrations {

    private StorageMigrations() {
    }

    /**
     * Applies every pending migration.
     *
     * @param config the database
     * @return what ran and the schema version afterwards
     * @throws StorageException {@code MIGRATION_FAILED} naming the migration that failed
     */
    public static MigrationResult migrate(StorageConfig config) {
        return FlywayMigrator.migrate(config);
    }
}
