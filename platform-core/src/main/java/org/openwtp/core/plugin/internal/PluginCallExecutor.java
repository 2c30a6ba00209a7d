package org.openwtp.core.plugin.internal;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.openwtp.core.plugin.PluginRuntimeConfig;

/**
 * The bounded pool plugin calls that may block run on: at most {@code callThreads} daemon threads named
 * {@code openwtp-plugin-call-N}, at most {@code callQueueCapacity} calls waiting for one; a call beyond that is
 * rejected (the guard reports it) instead of running on the caller's thread.
 *
 * <p>Why not a {@code ThreadPoolExecutor}: its hand-off parks the worker on a queue lock and the caller in
 * {@code Future.get}, so every call paid two thread wake-ups (tens of µs each on a busy machine: the guard's
 * executor path measured 45 µs ± 101 µs). Here an idle worker first spins (then yields) for {@link #SPIN_NANOS}
 * polling a lock-free queue before it parks, a submit only unparks a worker when none is spinning, and the caller
 * spins for as long before it parks (see {@link PluginCallGuard}). Back-to-back calls thus reach a running
 * worker without any wake-up; an idle server has every worker parked and costs nothing. Threads are started on
 * demand (one whenever a call finds no idle worker) and then kept, so the pool stays warm.
 *
 * <p>Thread-safe.
 */
final class PluginCallExecutor {

    /** How long an idle worker, or a waiting caller, spins (then yields) before it parks. */
    static final long SPIN_NANOS = 20_000;
    /** After this, a spinning thread yields its core on each round: on a busy machine the thread it waits for
     *  may need that very core (measured: pure spinning only delayed the worker when cores were oversubscribed). */
    static final long BUSY_SPIN_NANOS = 2_000;

    private final int maxThreads;
    private final int maxInFlight;
    private final ConcurrentLinkedQueue<FutureTask<?>> queue = new ConcurrentLinkedQueue<>();
    /** Queued plus running calls; bounded by threads + queue capacity. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger spinning = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final ConcurrentLinkedDeque<Thread> parked = new ConcurrentLinkedDeque<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /**
     * Creates the pool; no thread is started until the first call.
     *
     * @param config the runtime settings ({@code callThreads}, {@code callQueueCapacity})
     */
    PluginCallExecutor(PluginRuntimeConfig config) {
        this.maxThreads = config.callThreads();
        this.maxInFlight = config.callThreads() + config.callQueueCapacity();
    }

    /**
     * Queues a call.
     *
     * @param call the call
     * @param <R>  its result type
     * @return its future; {@code cancel(true)} interrupts it if running
     * @throws RejectedExecutionException if every thread is busy and the queue is full, or the pool is closed
     */
    <R> FutureTask<R> submit(Callable<R> call) {
        int now;
        do {
            now = inFlight.get();
            if (now >= maxInFlight) {
                throw new RejectedExecutionException("all " + maxThreads + " plugin call threads are busy and "
                        + (maxInFlight - maxThreads) + " calls are waiting");
            }
        } while (!inFlight.compareAndSet(now, now + 1));
        if (closed) {
            inFlight.decrementAndGet();
            throw new RejectedExecutionException("the plugin runtime is closed");
        }
        FutureTask<R> task = new FutureTask<>(call);
        queue.offer(task);
        if (spinning.get() == 0) {
            wakeOrStartWorker();
        }
        return task;
    }

    /** Stops every thread; running calls are interrupted, queued ones cancelled. */
    void shutdownNow() {
        closed = true;
        for (Thread thread : threads) {
            thread.interrupt();
        }
        FutureTask<?> task;
        while ((task = queue.poll()) != null) {
            task.cancel(false);
            inFlight.decrementAndGet();
        }
    }

    private void wakeOrStartWorker() {
        Thread idle = parked.pollFirst();
        if (idle != null) {
            LockSupport.unpark(idle);
            return;
        }
        int count;
        do {
            count = started.get();
            if (count >= maxThreads) {
                return; // every thread is busy: the first to finish takes the call from the queue
            }
        } while (!started.compareAndSet(count, count + 1));
        Thread thread = new Thread(this::work, "openwtp-plugin-call-" + (count + 1));
        thread.setDaemon(true);
        // never inherit a plugin's loader from the submitting thread: it would pin the plugin in memory
        thread.setContextClassLoader(PluginCallExecutor.class.getClassLoader());
        threads.add(thread);
        thread.start();
    }

    private void work() {
        Thread me = Thread.currentThread();
        while (!closed) {
            FutureTask<?> task = queue.poll();
            if (task == null) {
                task = spinForTask();
            }
            if (task == null) {
                parkUntilWoken(me);
                continue;
            }
            try {
                task.run(); // FutureTask keeps whatever the call throws
            } finally {
                inFlight.decrementAndGet();
                if (!closed) {
                    Thread.interrupted(); // an interrupt meant for an abandoned call must not hit the next one
                }
            }
        }
        threads.remove(me);
    }

    private FutureTask<?> spinForTask() {
        spinning.incrementAndGet();
        try {
            long start = System.nanoTime();
            long spun;
            do {
                FutureTask<?> task = queue.poll();
                if (task != null) {
                    return task;
                }
                spun = System.nanoTime() - start;
                pause(spun);
            } while (spun < SPIN_NANOS && !closed);
            return null;
        } finally {
            spinning.decrementAndGet();
        }
    }

    /** One round of waiting for another thread: a spin hint at first, then yielding the core. */
    static void pause(long spunNanos) {
        if (spunNanos < BUSY_SPIN_NANOS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    private void parkUntilWoken(Thread me) {
        parked.addFirst(me);
        // a call queued after the spin but before we were listed as parked must not wait for another call
        if (!queue.isEmpty() || closed) {
            parked.remove(me);
            return;
        }
        LockSupport.park(this);
        parked.remove(me); // normally already taken by the submitter that woke us
    }
}
