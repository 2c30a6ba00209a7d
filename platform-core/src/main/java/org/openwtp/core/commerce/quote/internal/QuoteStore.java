package org.openwtp.core.commerce.quote.internal;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageException;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where quotes are kept. Started with a {@link QuoteSettings#writeBehind()} interval, a new quote is answered at
 * once and written behind: a background thread writes every quote queued within one interval in a single
 * transaction (group commit: one disk flush for many quotes, none on the request's path). Until then the quote is
 * held in memory, so {@link #find} on this server sees it at once; it leaves memory only after its commit. The
 * queue is bounded ({@link QuoteSettings#maxUnflushed()}): when it is full a new quote waits for room, and fails
 * with {@code STORAGE_BUSY} (503) rather than being dropped. A failed write is retried until it succeeds; stopping
 * writes whatever is still queued.
 *
 * <p><b>Crash window</b>: quotes answered less than an interval (plus one commit) before the process dies are lost;
 * a buyer placing an order from one is told it does not exist and asks for a new quote. <b>Other servers</b> on the
 * same database see a quote once it is written; {@link #find} of a quote id created less than
 * {@link #crossNodeWait()} ago that is not found yet keeps looking up to that long, so an order placed on another
 * server right after the quote waits for the write instead of failing.
 *
 * <p>Not started (the CLI, tests) or stopped, or with a zero interval, every quote is written in its own
 * transaction before {@link #save} returns. Thread-safe.
 */
public final class QuoteStore implements Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(QuoteStore.class);
    /** Longest a new quote waits for room in a full queue before failing. */
    static final Duration BACKPRESSURE_WAIT = Duration.ofSeconds(5);
    /** Most quotes written in one transaction. */
    static final int MAX_BATCH = 500;
    /** Beyond the interval, how long a quote not yet found may still be on its way from another server. */
    static final Duration CROSS_NODE_GRACE = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_BACKOFF = Duration.ofSeconds(5);
    private static final int STOPPING_ATTEMPTS = 3;
    private static final Duration MAX_POLL_PAUSE = Duration.ofMillis(100);

    private final Storage storage;
    private final Clock clock;
    private final long intervalNanos;
    private final long backpressureWaitNanos;
    private final Duration crossNodeWait;
    private final QuoteDao dao = new QuoteDao();
    private final Map<String, Quote> unflushed = new ConcurrentHashMap<>();
    private final BlockingQueue<Quote> queue;
    private final ReadWriteLock accepting = new ReentrantReadWriteLock();
    private volatile Thread writer; // non-null while writing behind; changed under accepting's write lock

    /**
     * @param storage  the database
     * @param clock    the clock quote ids are made with (for {@link #crossNodeWait()})
     * @param settings the write-behind interval and queue bound
     */
    @Inject
    public QuoteStore(Storage storage, Clock clock, QuoteSettings settings) {
        this(storage, clock, settings, BACKPRESSURE_WAIT, CROSS_NODE_GRACE);
    }

    QuoteStore(Storage storage, Clock clock, QuoteSettings settings, Duration backpressureWait, Duration crossNodeGrace) {
        this.backpressureWaitNanos = backpressureWait.toNanos();
        this.storage = storage;
        this.clock = clock;
        this.intervalNanos = settings.writeBehind().toNanos();
        this.crossNodeWait = intervalNanos == 0 ? Duration.ZERO : settings.writeBehind().plus(crossNodeGrace);
        this.queue = new ArrayBlockingQueue<>(settings.maxUnflushed());
    }

    /** @return how long {@link #find} keeps looking for a just-created quote it does not see yet */
    public Duration crossNodeWait() {
        return crossNodeWait;
    }

    @Override
    public String name() {
        return "quote-store";
    }

    @Override
    public int phase() {
        return BACKGROUND; // stopped after HTTP, so quotes of requests in flight are still written
    }

    @Override
    public void start() {
        if (intervalNanos == 0) {
            return;
        }
        accepting.writeLock().lock();
        try {
            Thread thread = new Thread(this::writeBehind, "openwtp-quote-writer");
            thread.setDaemon(true);
            writer = thread;
            thread.start();
        } finally {
            accepting.writeLock().unlock();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        Thread thread;
        accepting.writeLock().lock();
        try {
            thread = writer;
            writer = null; // from now on quotes are written before save returns
        } finally {
            accepting.writeLock().unlock();
        }
        if (thread != null) {
            LockSupport.unpark(thread); // no need to wait out the interval
            thread.join(); // it writes what is queued, then ends
        }
    }

    /**
     * Stores a new quote: queued to be written behind, or written now when not writing behind.
     *
     * @param quote the quote
     * @throws StorageException {@code STORAGE_BUSY} when the queue stayed full for {@link #BACKPRESSURE_WAIT}, or the
     *                          synchronous write found the database busy
     */
    public void save(Quote quote) {
        accepting.readLock().lock();
        try {
            if (writer == null) {
                storage.useTransaction(h -> dao.insert(h, quote));
                return;
            }
            unflushed.put(quote.id(), quote);
            if (!queue.offer(quote, backpressureWaitNanos, TimeUnit.NANOSECONDS)) {
                unflushed.remove(quote.id());
                throw new StorageException(StorageException.Code.STORAGE_BUSY, queue.size() + " quotes are waiting to be "
                        + "written and none was for " + TimeUnit.NANOSECONDS.toMillis(backpressureWaitNanos)
                        + " ms (is the database slow or down?); try again in a moment", null);
            }
        } catch (InterruptedException e) {
            unflushed.remove(quote.id());
            Thread.currentThread().interrupt();
            throw new StorageException(StorageException.Code.STORAGE_BUSY, "interrupted while waiting to store the quote", e);
        } finally {
            accepting.readLock().unlock();
        }
    }

    /**
     * A quote, whether written yet or not; see {@link #crossNodeWait()} for quotes another server just created.
     *
     * @param tenant  the tenant
     * @param quoteId the quote
     * @return the quote, or empty (also for another tenant's)
     */
    public Optional<Quote> find(TenantId tenant, String quoteId) {
        Optional<Quote> found = lookUp(tenant, quoteId);
        if (found.isPresent() || crossNodeWait.isZero() || !createdWithin(quoteId, crossNodeWait)) {
            return found;
        }
        long until = System.nanoTime() + crossNodeWait.toNanos();
        long pause = Math.max(intervalNanos, TimeUnit.MILLISECONDS.toNanos(1));
        while (found.isEmpty() && System.nanoTime() - until < 0) {
            LockSupport.parkNanos(Math.min(pause, until - System.nanoTime()));
            found = lookUp(tenant, quoteId);
            pause = Math.min(pause * 2, MAX_POLL_PAUSE.toNanos()); // a made-up id costs a few reads, not hundreds
        }
        return found;
    }

    /** Writes every queued quote now, on the caller's thread (tests; stopping). */
    public void flush() {
        List<Quote> batch = new ArrayList<>();
        while (queue.drainTo(batch, MAX_BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private Optional<Quote> lookUp(TenantId tenant, String quoteId) {
        Quote pending = unflushed.get(quoteId);
        if (pending != null) {
            return pending.tenant().equals(tenant) ? Optional.of(pending) : Optional.empty();
        }
        // a quote leaves the map only after its commit, so a miss above means the database has it if anyone does
        return storage.withHandle(h -> dao.find(h, tenant, quoteId));
    }

    private boolean createdWithin(String quoteId, Duration window) {
        try {
            long createdMillis = Long.parseLong(quoteId.substring(quoteId.indexOf('_') + 1, quoteId.indexOf('_') + 13), 16);
            long age = (clock.millis() & 0xFFFF_FFFF_FFFFL) - createdMillis;
            return age >= -window.toMillis() && age <= window.toMillis();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void writeBehind() {
        List<Quote> batch = new ArrayList<>();
        while (writer != null || !queue.isEmpty()) {
            Quote first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                continue;
            }
            if (writer != null) {
                LockSupport.parkNanos(intervalNanos); // the others of this interval share the commit
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            writeUntilDone(batch);
            batch.clear();
        }
    }

    /** Retries while serving; once stopping, gives up after a few attempts so shutdown ends, naming what is lost. */
    private void writeUntilDone(List<Quote> batch) {
        long backoff = TimeUnit.MILLISECONDS.toNanos(10);
        for (int attempt = 1; ; attempt++) {
            try {
                write(batch);
                return;
            } catch (RuntimeException e) {
                if (writer == null && attempt >= STOPPING_ATTEMPTS) {
                    LOG.error("{} quote(s) were answered but are lost: the database refused them while stopping ({}); buyers "
                            + "ordering from them must ask for new quotes: {}", batch.size(), e.toString(),
                            batch.stream().map(Quote::id).toList());
                    batch.forEach(q -> unflushed.remove(q.id()));
                    return;
                }
                LOG.warn("{} quote(s) could not be written, retrying in {} ms (they stay readable on this server): {}",
                        batch.size(), TimeUnit.NANOSECONDS.toMillis(backoff), e.toString());
                LockSupport.parkNanos(backoff);
                backoff = Math.min(backoff * 2, MAX_RETRY_BACKOFF.toNanos());
            }
        }
    }

    private void write(List<Quote> batch) {
        storage.useTransaction(h -> dao.insertAll(h, batch));
        batch.forEach(q -> unflushed.remove(q.id()));
    }
}
