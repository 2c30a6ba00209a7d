package org.openwtp.core.commerce.payment;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openwtp.core.commerce.payment.internal.PaymentDao;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.store.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles payment operations whose outcome is not known — PENDING, UNKNOWN, or REQUESTED for longer than
 * {@link PaymentSettings#answerGrace()} (the process stopped before applying the answer) — by asking the
 * provider with {@code retrieve} (see {@link PaymentService#reconcile}); each open operation is checked
 * again after a growing wait until its outcome is known. Never guesses. Runs in the background every
 * {@link PaymentSettings#pollInterval()}; tests call {@link #reconcileOnce()}. Thread-safe.
 */
public final class PaymentReconciler implements Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentReconciler.class);

    private final Storage storage;
    private final Clock clock;
    private final PaymentService payments;
    private final PaymentSettings settings;
    private final Object roundLock = new Object();
    private ScheduledExecutorService scheduler;

    /**
     * @param storage  the database
     * @param clock    the clock
     * @param payments the payment service
     * @param settings the pace
     */
    @Inject
    public PaymentReconciler(Storage storage, Clock clock, PaymentService payments, PaymentSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.payments = Objects.requireNonNull(payments, "payments must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    @Override
    public String name() {
        return "payment-reconciler";
    }

    @Override
    public int phase() {
        return BACKGROUND;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openwtp-payment-reconciler");
            t.setDaemon(true);
            return t;
        });
        long every = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                reconcileOnce();
            } catch (RuntimeException e) {
                LOG.warn("payment reconciliation round failed; retrying at the next poll: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdown();
            if (!scheduler.awaitTermination(settings.callTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
            scheduler = null;
        }
    }

    /**
     * What one round did.
     *
     * @param checked operations checked
     * @param settled operations whose outcome is now known
     */
    public record Round(int checked, int settled) {
    }

    /**
     * Checks every open operation that is due.
     *
     * @return what was done
     */
    public Round reconcileOnce() {
        synchronized (roundLock) {
            List<PaymentDao.Due> due = storage.withHandle(h -> PaymentDao.dueForCheck(h, clock.instant(), settings.batchSize()));
            int settled = 0;
            for (PaymentDao.Due d : due) {
                try {
                    if (payments.reconcile(d.tenant(), d.transactionId())) {
                        settled++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("reconciling payment transaction {} of tenant {} failed: {}", d.transactionId(), d.tenant(), e.toString());
                }
            }
            return new Round(due.size(), settled);
        }
    }
}
