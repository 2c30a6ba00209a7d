package org.openwtp.core.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.openwtp.core.store.Dialect;
import org.openwtp.core.store.MigrationResult;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.StorageException;

/** PostgreSQL engine: one Hikari pool for reads and writes (READ COMMITTED). Thread-safe. */
final class PostgresStorage implements Storage {

    private final StorageConfig config;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private PostgresStorage(StorageConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    static PostgresStorage open(StorageConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("openwtp-postgres");
        hikari.setJdbcUrl(config.jdbcUrl().orElseThrow());
        config.user().ifPresent(hikari::setUsername);
        config.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(Math.min(2, config.poolSize()));
        try {
            return new PostgresStorage(config, new HikariDataSource(hikari));
        } catch (RuntimeException e) {
            throw new StorageException(StorageException.Code.STORAGE_UNAVAILABLE,
                    "cannot connect to PostgreSQL at " + config.jdbcUrl().orElseThrow().replaceAll("(?i)(password=)[^&;]*", "$1****")
                            + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(callback);
    }

    @Override
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return jdbi.withHandle(callback);
    }

    @Override
    public MigrationResult migrate() {
        return FlywayMigrator.migrate(config);
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "PostgresStorage[pool=" + config.poolSize() + "]";
    }
}
