package org.openwtp.core.store;

import java.util.Objects;

/**
 * What a migration run did.
 *
 * @param migrationsApplied how many versioned migrations ran now (0 when already up to date)
 * @param schemaVersion     the schema version afterwards, e.g. {@code 2}
 */
public record MigrationResult(int migrationsApplied, String schemaVersion) {

    /** Validates the result. */
    public MigrationResult {
        if (migrationsApplied < 0) {
            throw new IllegalArgumentException("migrationsApplied must not be negative");
        }
        Objects.requireNonNull(schemaVersion, "schemaVersion must not be null");
    }
}
