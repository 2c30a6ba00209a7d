package org.openwtp.core.commerce.quote.internal;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code quotes} table from growing without bound: every {@link QuoteSettings#purgeInterval()} it deletes
 * the quotes that expired more than {@link QuoteSettings#retention()} ago. An expired quote is kept that long only so
 * an order for it is told {@code quote_expired} rather than {@code quote_not_found}; orders copy what they need when
 * placed, so nothing else reads it.
 *
 * <p>Deletes tenant by tenant in write transactions of at most {@link #BATCH} rows, so the SQLite writer is never
 * held long and quote writes get their turn between batches; a tenant with nothing to delete costs one read, not a
 * write transaction. A round that fails (database busy or down) is logged and the next one starts at the next
 * interval; stopping ends a round between two batches. Tests call {@link #purgeOnce()}. Thread-safe.
 */
public final class QuotePurge implements Lifecycle {

    /** Most quotes deleted in one write transaction. */
    static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(QuotePurge.class);
    /** Longest a stop waits for the batch in progress. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Storage storage;
    private final Clock clock;
    private final Duration interval;
    private final Duration retention;
    private final int batch;
    private final Object roundLock = new Object();
    private volatile boolean stopping;
    private ScheduledExecutorService scheduler; // guarded by this

    /**
     * @param storage  the database
     * @param clock    the clock expiry is measured with
     * @param settings the purge interval and retention
     */
    @Inject
    public QuotePurge(Storage storage, Clock clock, QuoteSettings settings) {
        this(storage, clock, settings, BATCH);
    }

    QuotePurge(Storage storage, Clock clock, QuoteSettings settings, int batch) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.interval = settings.purgeInterval();
        this.retention = settings.retention();
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
        this.batch = batch;
    }

    @Override
    public String name() {
        return "quote-purge";
    }

    @Override
    public int phase() {
        return BACKGROUND;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openwtp-quote-purge");
            t.setDaemon(true);
            return t;
        });
        long every = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (scheduler != null) {
            stopping = true; // a round in progress ends after its current batch
            scheduler.shutdown();
            if (!scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
            scheduler = null;
        }
    }

    /** @return whether {@link #stop()} was called since the last start (tests wait for it) */
    boolean stopRequested() {
        return stopping;
    }

    /** A scheduled round: a failure must not end the schedule (an exception would cancel it). */
    private void purgeQuietly() {
        try {
            purgeOnce();
        } catch (RuntimeException e) {
            LOG.warn("purging expired quotes failed; trying again at the next purge, in {}: {}", interval, e.toString());
        }
    }

    /**
     * Deletes every quote that expired before now minus the retention, for every tenant, batch by batch. Rounds
     * run one at a time; once {@link #stop()} was called, a round deletes no further batch.
     *
     * @return how many quotes were deleted
     * @throws org.openwtp.core.store.StorageException when the database is busy or down (what was deleted before stays
     *                                                 deleted)
     */
    public long purgeOnce() {
        synchronized (roundLock) {
            Instant cutoff = clock.instant().minus(retention);
            long started = System.nanoTime();
            long deleted = 0;
            List<TenantId> tenants = storage.withHandle(ExpiredQuotes::tenants);
            for (TenantId tenant : tenants) {
                deleted += purgeTenant(tenant, cutoff);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (deleted > 0) {
                LOG.info("purged {} quote(s) that expired before {} (retention {}) in {} ms", deleted, cutoff, retention, millis);
            } else {
                LOG.debug("no quote expired before {}; purge round took {} ms", cutoff, millis);
            }
            return deleted;
        }
    }

    private long purgeTenant(TenantId tenant, Instant cutoff) {
        if (!storage.withHandle(h -> ExpiredQuotes.anyExpired(h, tenant, cutoff))) {
            return 0;
        }
        long deleted = 0;
        int last;
        do {
            if (stopping) {
                return deleted;
            }
            last = storage.inTransaction(h -> ExpiredQuotes.deleteBatch(h, storage.dialect(), tenant, cutoff, batch));
            deleted += last;
        } while (last == batch);
        return deleted;
    }
}
