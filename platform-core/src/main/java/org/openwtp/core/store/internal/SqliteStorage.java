package org.openwtp.core.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.openwtp.core.store.Dialect;
import org.openwtp.core.store.MigrationResult;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.StorageException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite engine: exactly one writer connection, taken under a fair lock, whose transactions start with
 * {@code BEGIN IMMEDIATE}; a small pool of {@code query_only} reader connections that WAL lets run beside
 * the writer. Inside this process no two connections ever compete for the write lock, so callers never
 * see {@code SQLITE_BUSY}; the busy timeout only covers other processes (a backup, the {@code migrate}
 * command). Thread-safe.
 */
final class SqliteStorage implements Storage {

    private final StorageConfig config;
    private final HikariDataSource writerPool;
    private final HikariDataSource readerPool;
    private final Jdbi writer;
    private final Jdbi reader;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    /** The writer's handle, kept open between transactions; only touched while holding {@link #writeLock}. */
    private Handle writerHandle;

    private SqliteStorage(StorageConfig config, HikariDataSource writerPool, HikariDataSource readerPool) {
        this.config = config;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.writer = Jdbi.create(writerPool);
        this.writer.setStatementBuilderFactory(connection -> new CachingStatementBuilder());
        this.reader = Jdbi.create(readerPool);
    }

    static SqliteStorage open(StorageConfig config) {
        HikariDataSource writerPool = null;
        try {
            writerPool = pool(config, "openwtp-sqlite-writer", 1, true);
            HikariDataSource readerPool = pool(config, "openwtp-sqlite-reader", config.poolSize(), false);
            return new SqliteStorage(config, writerPool, readerPool);
        } catch (RuntimeException e) {
            if (writerPool != null) {
                writerPool.close();
            }
            throw new StorageException(StorageException.Code.STORAGE_UNAVAILABLE,
                    "cannot open the SQLite file " + config.sqlitePath().orElseThrow() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The pragmas every connection to the file gets; the benchmark's raw JDBC side uses the same ones.
     *
     * @param config the storage configuration
     * @param writer whether the connection writes (IMMEDIATE transactions) or only reads
     * @return the SQLite configuration
     */
    static SQLiteConfig pragmas(StorageConfig config, boolean writer) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
        sqlite.setSynchronous(switch (config.synchronous()) {
            case FULL -> SQLiteConfig.SynchronousMode.FULL;
            case NORMAL -> SQLiteConfig.SynchronousMode.NORMAL;
        });
        sqlite.setTransactionMode(writer ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
        return sqlite;
    }

    private static HikariDataSource pool(StorageConfig config, String name, int size, boolean writer) {
        SQLiteDataSource dataSource = new SQLiteDataSource(pragmas(config, writer));
        dataSource.setUrl(config.connectionUrl());
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setDataSource(dataSource);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(writer ? 1 : Math.min(1, size));
        hikari.setConnectionTimeout(config.writeWait().toMillis() + 250);
        if (!writer) {
            hikari.setConnectionInitSql("PRAGMA query_only = true");
        }
        return new HikariDataSource(hikari);
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("Storage.inTransaction called inside another write transaction on the same thread;"
                    + " pass the Handle you already have to the inner code instead");
        }
        boolean acquired;
        try {
            acquired = writeLock.tryLock(config.writeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(StorageException.Code.STORAGE_BUSY, "interrupted while waiting for the SQLite writer", e);
        }
        if (!acquired) {
            throw new StorageException(StorageException.Code.STORAGE_BUSY, "the SQLite writer stayed busy for "
                    + config.writeWait().toMillis() + " ms; the server is overloaded or a write transaction is stuck", null);
        }
        try {
            Handle handle = writerHandle();
            try {
                return handle.inTransaction(callback);
            } catch (RuntimeException e) {
                discardWriterHandleIfBroken(handle);
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Handle writerHandle() {
        if (writerHandle == null) {
            writerHandle = writer.open();
        }
        return writerHandle;
    }

    private void discardWriterHandleIfBroken(Handle handle) {
        boolean broken;
        try {
            broken = handle.getConnection().isClosed() || !handle.getConnection().isValid(1);
        } catch (SQLException e) {
            broken = true;
        }
        if (broken) {
            writerHandle = null;
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // the connection is gone; the pool replaces it
            }
        }
    }

    @Override
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return reader.withHandle(callback);
    }

    @Override
    public MigrationResult migrate() {
        return FlywayMigrator.migrate(config);
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (writerHandle != null) {
                writerHandle.close();
                writerHandle = null;
            }
        } finally {
            writeLock.unlock();
        }
        readerPool.close();
        writerPool.close();
    }

    @Override
    public String toString() {
        return "SqliteStorage[" + config.sqlitePath().orElseThrow() + "]";
    }
}
