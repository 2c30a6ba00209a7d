package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Plugins list their key-value state by key prefix ({@code KeyValueStore.list}); the store finds a prefix's keys
 * as a range of the primary key, which is exact only when keys are ordered by code point. SQLite's default
 * (BINARY) order already is; PostgreSQL orders by the database's collation, so there the key column gets the
 * {@code "C"} collation (byte order of UTF-8, i.e. code point order), which also rebuilds the primary key's index
 * in that order. A Java migration because SQLite has no {@code COLLATE "C"}.
 */
public class V44__Plugin_state_keys_in_code_point_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE plugin_state ALTER COLUMN state_key TYPE VARCHAR(200) COLLATE \"C\"");
        }
    }
}
