package org.openwtp.core.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.openwtp.core.store.internal.Engines;

/**
 * The core's database: every feature reads and writes through it, never through its own connections.
 * Implementations are thread-safe.
 *
 * <p><b>Writes</b> go through {@link #inTransaction}: the callback runs in one transaction that commits when
 * it returns and rolls back when it throws. On SQLite all write transactions are serialised onto one writer
 * connection ({@code BEGIN IMMEDIATE}), so many request threads writing at once queue up in fairness order
 * instead of failing with {@code SQLITE_BUSY}. Keep write callbacks short and never call a plugin or the
 * network inside one. Write transactions do not nest: code that needs to join a transaction takes the
 * {@link Handle} as a parameter.
 *
 * <p><b>Reads</b> go through {@link #withHandle}, on a pool of reader connections (which, on SQLite, see the
 * last committed state; they do not see the uncommitted writes of a transaction running on the same thread).
 */
public interface Storage extends AutoCloseable {

    /**
     * Opens the storage a configuration describes, running pending migrations first when
     * {@link StorageConfig#migrateOnStart()} is set.
     *
     * @param config where the data lives
     * @return the open storage; close it on shutdown
     * @throws StorageException if the database cannot be opened or migrated
     */
    static Storage open(StorageConfig config) {
        return Engines.open(config);
    }

    /**
     * The database behind this storage.
     *
     * @return SQLITE or POSTGRESQL
     */
    Dialect dialect();

    /**
     * Runs a callback in a write transaction and returns its result.
     *
     * @param callback the work; it may read and write through the handle
     * @param <R>      the result type
     * @param <X>      the checked exception the callback may throw
     * @return what the callback returned, after the commit
     * @throws X                when the callback throws it (the transaction is rolled back)
     * @throws StorageException {@code STORAGE_BUSY} if the SQLite writer stayed busy longer than the configured wait
     * @throws IllegalStateException when called inside another write transaction on the same thread
     */
    <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X;

    /**
     * Runs a callback in a write transaction.
     *
     * @param callback the work
     * @param <X>      the checked exception the callback may throw
     * @throws X when the callback throws it (the transaction is rolled back)
     */
    default <X extends Exception> void useTransaction(HandleConsumer<X> callback) throws X {
        inTransaction(handle -> {
            callback.useHandle(handle);
            return null;
        });
    }

    /**
     * Runs a read-only callback on a reader connection.
     *
     * @param callback the reads
     * @param <R>      the result type
     * @param <X>      the checked exception the callback may throw
     * @return what the callback returned
     * @throws X when the callback throws it
     */
    <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X;

    /**
     * Runs pending migrations (normally done by {@link #open}; the {@code migrate} command calls
     * {@link StorageMigrations#migrate(StorageConfig)} instead).
     *
     * @return what ran
     */
    MigrationResult migrate();

    /** Closes every connection. Calls after closing fail. */
    @Override
    void close();
}
