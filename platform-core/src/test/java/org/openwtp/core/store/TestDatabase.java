package org.openwtp.core.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A fresh, migrated database for one test: a new SQLite file, or a new PostgreSQL schema
 * ({@code test_<random>}, dropped on close). PostgreSQL comes from the environment variable
 * {@code OPENWTP_TEST_POSTGRES_URL} or the system property {@code openwtp.test.postgres.url}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); when unset or unreachable the
 * PostgreSQL cases are skipped through a JUnit assumption.
 */
public final class TestDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StorageConfig config;
    private final Storage storage;
    private final Optional<String> schema;

    private TestDatabase(StorageConfig config, Optional<String> schema) {
        this.config = config;
        this.schema = schema;
        this.storage = Storage.open(config);
    }

    /**
     * Opens a fresh database.
     *
     * @param backend which one
     * @param tempDir where a SQLite file may go
     * @return the database; close it after the test
     */
    public static TestDatabase open(Backend backend, Path tempDir) {
        if (backend == Backend.SQLITE) {
            return new TestDatabase(config(backend, tempDir), Optional.empty());
        }
        String schemaName = freshPostgresSchema();
        return new TestDatabase(postgresConfig(schemaName), Optional.of(schemaName));
    }

    /**
     * A configuration for a fresh, empty database (for PostgreSQL the schema is created but left to the
     * caller to drop; tests that need that use {@link #open}).
     *
     * @param backend which one
     * @param tempDir where a SQLite file may go
     * @return the configuration
     */
    public static StorageConfig config(Backend backend, Path tempDir) {
        if (backend == Backend.SQLITE) {
            return StorageConfig.sqlite(tempDir.resolve("openwtp-" + HexFormat.of().formatHex(bytes(4)) + ".db"));
        }
        return postgresConfig(freshPostgresSchema());
    }

    private static String freshPostgresSchema() {
        String url = postgresUrl().orElse(null);
        assumeTrue(url != null, "PostgreSQL not configured: set OPENWTP_TEST_POSTGRES_URL to run these cases");
        assumeTrue(Reachability.POSTGRES_REACHABLE, "PostgreSQL at " + url + " is not reachable");
        String schemaName = "test_" + HexFormat.of().formatHex(bytes(6));
        execute(url, "CREATE SCHEMA " + schemaName);
        return schemaName;
    }

    private static StorageConfig postgresConfig(String schemaName) {
        String url = postgresUrl().orElseThrow();
        return StorageConfig.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schemaName, null, null)
                .withPoolSize(8);
    }

    /**
     * The storage, migrated.
     *
     * @return the storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * The configuration the storage was opened with.
     *
     * @return the configuration
     */
    public StorageConfig config() {
        return config;
    }

    @Override
    public void close() {
        storage.close();
        schema.ifPresent(s -> execute(postgresUrl().orElseThrow(), "DROP SCHEMA " + s + " CASCADE"));
    }

    /**
     * The configured PostgreSQL test URL.
     *
     * @return the URL, or empty
     */
    public static Optional<String> postgresUrl() {
        String url = System.getenv("OPENWTP_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("openwtp.test.postgres.url");
        }
        return Optional.ofNullable(url).filter(u -> !u.isBlank());
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Whether the configured PostgreSQL answers, checked once per JVM. */
    private static final class Reachability {
        static final boolean POSTGRES_REACHABLE = check();

        private static boolean check() {
            Optional<String> url = postgresUrl();
            if (url.isEmpty()) {
                return false;
            }
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(url.get())) {
                return c.isValid(3);
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
