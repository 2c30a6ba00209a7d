package org.openwtp.core.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.openwtp.core.store.MigrationResult;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the Flyway migrations under {@code classpath:db/migration}. Stateless and thread-safe. */
public final class FlywayMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(FlywayMigrator.class);

    private FlywayMigrator() {
    }

    /**
     * Applies pending migrations on a connection of its own (not the engine's pools).
     *
     * @param config the database
     * @return what ran
     */
    public static MigrationResult migrate(StorageConfig config) {
        config.sqlitePath().ifPresent(FlywayMigrator::createParentDirectory);
        try {
            Flyway flyway = Flyway.configure(FlywayMigrator.class.getClassLoader())
                    .dataSource(config.connectionUrl(), config.user().orElse(null), config.password().orElse(null))
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load();
            MigrateResult result = flyway.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current() != null ? flyway.info().current().getVersion().getVersion() : "0";
            LOG.info("storage schema at version {} ({} migration(s) applied)", version, result.migrationsExecuted);
            return new MigrationResult(result.migrationsExecuted, version);
        } catch (RuntimeException e) {
            throw new StorageException(StorageException.Code.MIGRATION_FAILED,
                    "migrating " + config.dialect() + " storage failed: " + e.getMessage(), e);
        }
    }

    private static void createParentDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageException(StorageException.Code.STORAGE_UNAVAILABLE,
                    "cannot create the directory " + parent + " for the SQLite file: " + e.getMessage(), e);
        }
    }
}
