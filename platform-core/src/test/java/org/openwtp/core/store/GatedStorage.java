package org.openwtp.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.HandleCallback;

/**
 * A storage that passes every call to another, and whose write transactions a test can hold at the gate (before
 * the database is touched) until it releases them: to look at what a background writer does while it waits for a
 * busy database. Tests extend it to watch or fail writes. Thread-safe.
 */
public class GatedStorage implements Storage {

    private final Storage delegate;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final CountDownLatch held = new CountDownLatch(1);

    /** @param delegate the storage that does the work */
    public GatedStorage(Storage delegate) {
        this.delegate = delegate;
    }

    /** From now on write transactions wait at the gate until {@link #releaseWrites()}. */
    public void holdWrites() {
        hold = new CountDownLatch(1);
    }

    /**
     * Waits (30 s at most) until a write transaction has reached the gate.
     *
     * @throws InterruptedException when interrupted
     */
    public void awaitHeldWrite() throws InterruptedException {
        assertThat(held.await(30, TimeUnit.SECONDS)).as("a write transaction reached the gate").isTrue();
    }

    /** Lets the held write transactions, and all later ones, through. */
    public void releaseWrites() {
        hold.countDown();
    }

    @Override
    public Dialect dialect() {
        return delegate.dialect();
    }

    @Override
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        held.countDown();
        try {
            hold.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return delegate.inTransaction(callback);
    }

    @Override
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return delegate.withHandle(callback);
    }

    @Override
    public MigrationResult migrate() {
        return delegate.migrate();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
