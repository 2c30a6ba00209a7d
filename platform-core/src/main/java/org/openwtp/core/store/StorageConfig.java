package org.openwtp.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the core stores its data: one SQLite file (the default) or a PostgreSQL server.
 * Build one with {@link #sqlite(Path)}, {@link #postgres(String, String, String)} or, from the operator's
 * {@code storage.*} settings, {@link StoreModule#storageConfig}. {@link #toString()} never prints the password.
 *
 * @param sqlitePath     the SQLite database file; exactly one of this and {@code jdbcUrl} is present
 * @param jdbcUrl        a {@code jdbc:postgresql:} URL
 * @param user           the database user (PostgreSQL), may be empty when the URL carries it
 * @param password       the database password (PostgreSQL), may be empty
 * @param poolSize       PostgreSQL: connections in the pool; SQLite: reader connections (there is always
 *                       exactly one writer)
 * @param synchronous    SQLite flush policy on commit
 * @param busyTimeout    SQLite: how long a connection waits for a lock held by another process
 * @param writeWait      SQLite: how long a write waits for the single writer before failing with
 *                       {@link StorageException.Code#STORAGE_BUSY}
 * @param migrateOnStart whether opening the storage runs pending migrations first
 */
public record StorageConfig(Optional<Path> sqlitePath, Optional<String> jdbcUrl, Optional<String> user,
                            Optional<String> password, int poolSize, SqliteSynchronous synchronous,
                            Duration busyTimeout, Duration writeWait, boolean migrateOnStart) {

    /** Setting: path of the SQLite file. Environment: {@code OPENWTP_STORAGE_SQLITE_PATH}. */
    public static final String SQLITE_PATH = "storage.sqlite.path";
    /** Setting: {@code FULL} (default) or {@code NORMAL}. Environment: {@code OPENWTP_STORAGE_SQLITE_SYNCHRONOUS}. */
    public static final String SQLITE_SYNCHRONOUS = "storage.sqlite.synchronous";
    /** Setting: SQLite busy timeout, a duration. Environment: {@code OPENWTP_STORAGE_SQLITE_BUSY_TIMEOUT}. */
    public static final String SQLITE_BUSY_TIMEOUT = "storage.sqlite.busyTimeout";
    /** Setting: how long a write waits for the SQLite writer, a duration. Environment: {@code OPENWTP_STORAGE_SQLITE_WRITE_WAIT}. */
    public static final String SQLITE_WRITE_WAIT = "storage.sqlite.writeWait";
    /** Setting: a {@code jdbc:postgresql:} URL; switches to PostgreSQL. Environment: {@code OPENWTP_STORAGE_JDBC_URL}. */
    public static final String JDBC_URL = "storage.jdbc.url";
    /** Setting: PostgreSQL user. Environment: {@code OPENWTP_STORAGE_JDBC_USER}. */
    public static final String JDBC_USER = "storage.jdbc.user";
    /** Setting: PostgreSQL password. Environment: {@code OPENWTP_STORAGE_JDBC_PASSWORD}. */
    public static final String JDBC_PASSWORD = "storage.jdbc.password";
    /** Setting: pool size (PostgreSQL connections, or SQLite readers). Environment: {@code OPENWTP_STORAGE_POOL_SIZE}. */
    public static final String POOL_SIZE = "storage.poolSize";
    /** Setting: {@code true} (default) or {@code false}. Environment: {@code OPENWTP_STORAGE_MIGRATE_ON_START}. */
    public static final String MIGRATE_ON_START = "storage.migrateOnStart";

    /** The SQLite file used when neither a path nor a JDBC URL is configured. */
    public static final Path DEFAULT_SQLITE_PATH = Path.of("data", "openwtp.db");

    private static final int DEFAULT_POSTGRES_POOL = 10;
    private static final int DEFAULT_SQLITE_READERS = 4;
    private static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_WRITE_WAIT = Duration.ofSeconds(30);

    /** Validates the configuration; messages name the setting at fault. */
    public StorageConfig {
        Objects.requireNonNull(sqlitePath, "sqlitePath must not be null (use Optional.empty())");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null (use Optional.empty())");
        Objects.requireNonNull(user, "user must not be null (use Optional.empty())");
        Objects.requireNonNull(password, "password must not be null (use Optional.empty())");
        Objects.requireNonNull(synchronous, SQLITE_SYNCHRONOUS + " must not be null");
        Objects.requireNonNull(busyTimeout, SQLITE_BUSY_TIMEOUT + " must not be null");
        Objects.requireNonNull(writeWait, SQLITE_WRITE_WAIT + " must not be null");
        if (sqlitePath.isPresent() == jdbcUrl.isPresent()) {
            throw new IllegalArgumentException("set either " + SQLITE_PATH + " (embedded SQLite) or " + JDBC_URL
                    + " (PostgreSQL), not " + (sqlitePath.isPresent() ? "both" : "neither"));
        }
        jdbcUrl.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(JDBC_URL + " must be a PostgreSQL URL such as "
                        + "jdbc:postgresql://db.example:5432/openwtp; for SQLite set " + SQLITE_PATH + " instead");
            }
        });
        sqlitePath.ifPresent(path -> {
            if (path.toString().isBlank() || path.toString().equals(":memory:")) {
                throw new IllegalArgumentException(SQLITE_PATH + " must name a file, such as data/openwtp.db");
            }
        });
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException(POOL_SIZE + " must be between 1 and 200, was " + poolSize);
        }
        if (busyTimeout.isNegative() || busyTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException(SQLITE_BUSY_TIMEOUT + " must be from 0s to 10m, was " + busyTimeout);
        }
        if (writeWait.isNegative() || writeWait.isZero() || writeWait.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException(SQLITE_WRITE_WAIT + " must be from 1ms to 10m, was " + writeWait);
        }
    }

    /**
     * An embedded SQLite file with the durable defaults (WAL, synchronous FULL, 5 s busy timeout, 4 readers).
     *
     * @param path the database file; its directory is created if missing
     * @return the configuration
     */
    public static StorageConfig sqlite(Path path) {
        Objects.requireNonNull(path, SQLITE_PATH + " must not be null");
        return new StorageConfig(Optional.of(path), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_SQLITE_READERS, SqliteSynchronous.FULL, DEFAULT_BUSY_TIMEOUT, DEFAULT_WRITE_WAIT, true);
    }

    /**
     * A PostgreSQL server with a pool of 10 connections.
     *
     * @param jdbcUrl  a {@code jdbc:postgresql:} URL
     * @param user     the user, or null when the URL carries it
     * @param password the password, or null
     * @return the configuration
     */
    public static StorageConfig postgres(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, JDBC_URL + " must not be null");
        return new StorageConfig(Optional.empty(), Optional.of(jdbcUrl), Optional.ofNullable(user), Optional.ofNullable(password),
                DEFAULT_POSTGRES_POOL, SqliteSynchronous.FULL, DEFAULT_BUSY_TIMEOUT, DEFAULT_WRITE_WAIT, true);
    }

    /**
     * The database behind this configuration.
     *
     * @return SQLITE or POSTGRESQL
     */
    public Dialect dialect() {
        return sqlitePath.isPresent() ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /**
     * The JDBC URL the core connects with.
     *
     * @return {@code jdbc:sqlite:<path>} or the PostgreSQL URL
     */
    public String connectionUrl() {
        return sqlitePath.map(p -> "jdbc:sqlite:" + p.toAbsolutePath()).orElseGet(jdbcUrl::get);
    }

    /**
     * A copy with another pool size.
     *
     * @param size PostgreSQL connections, or SQLite readers
     * @return the new configuration
     */
    public StorageConfig withPoolSize(int size) {
        return new StorageConfig(sqlitePath, jdbcUrl, user, password, size, synchronous, busyTimeout, writeWait, migrateOnStart);
    }

    /**
     * A copy with another SQLite flush policy.
     *
     * @param mode the policy
     * @return the new configuration
     */
    public StorageConfig withSynchronous(SqliteSynchronous mode) {
        return new StorageConfig(sqlitePath, jdbcUrl, user, password, poolSize, mode, busyTimeout, writeWait, migrateOnStart);
    }

    /**
     * A copy that does or does not migrate when opened.
     *
     * @param migrate whether {@link Storage#open} runs pending migrations
     * @return the new configuration
     */
    public StorageConfig withMigrateOnStart(boolean migrate) {
        return new StorageConfig(sqlitePath, jdbcUrl, user, password, poolSize, synchronous, busyTimeout, writeWait, migrate);
    }

    @Override
    public String toString() {
        return "StorageConfig[" + (sqlitePath.isPresent() ? "sqlite=" + sqlitePath.get() + ", synchronous=" + synchronous
                : "jdbcUrl=" + jdbcUrl.get().replaceAll("(?i)(password=)[^&;]*", "$1****") + ", user=" + user.orElse("") + ", password=" + (password.isPresent() ? "****" : ""))
                + ", poolSize=" + poolSize + ", migrateOnStart=" + migrateOnStart + "]";
    }
}
