package org.openwtp.core.store.internal;

import jakarta.inject.Inject;
import org.jdbi.v3.core.HandleCallback;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.store.Dialect;
import org.openwtp.core.store.MigrationResult;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.StorageException;

/**
 * The server's {@link Storage}: opened (and migrated, if configured) when the server starts
 * ({@link Lifecycle#STORAGE}, before plugins) or on first use, whichever comes first, and closed when the
 * server stops (after plugins). Once closed it stays closed: calls fail with {@code STORAGE_UNAVAILABLE}.
 * Thread-safe.
 */
public final class ManagedStorage implements Storage, Lifecycle {

    private final StorageConfig config;
    private final Object lock = new Object();
    private volatile Storage open;
    private boolean closed;

    /** @param config where the data lives */
    @Inject
    public ManagedStorage(StorageConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public int phase() {
        return STORAGE;
    }

    @Override
    public void start() {
        delegate();
    }

    @Override
    public void stop() {
        close();
    }

    @Override
    public Dialect dialect() {
        return config.dialect();
    }

    @Override
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        return delegate().inTransaction(callback);
    }

    @Override
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return delegate().withHandle(callback);
    }

    @Override
    public MigrationResult migrate() {
        return delegate().migrate();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            Storage s = open;
            open = null;
            if (s != null) {
                s.close();
            }
        }
    }

    private Storage delegate() {
        Storage s = open;
        if (s != null) {
            return s;
        }
        synchronized (lock) {
            if (closed) {
                throw new StorageException(StorageException.Code.STORAGE_UNAVAILABLE,
                        "the storage is closed (the server is stopping or stopped)", null);
            }
            if (open == null) {
                open = Storage.open(config);
            }
            return open;
        }
    }
}
