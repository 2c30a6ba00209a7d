package org.openwtp.core.commerce.quote.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a quote's plugin calls run on, so they run in parallel while the request thread waits for
 * them under one deadline and cancels (interrupts) whatever is still running when it passes. Threads are
 * created on demand up to a bound and dropped after a minute idle; tasks never queue (a task that may
 * wait on another task's answer must never wait behind it in a queue). Daemon threads; thread-safe.
 */
public final class QuoteCalls implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    /**
     * Creates the pool.
     *
     * @param maxThreads most calls at once
     */
    public QuoteCalls(int maxThreads) {
        AtomicInteger next = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "openwtp-quote-call-" + next.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(QuoteCalls.class.getClassLoader());
            return thread;
        };
        this.executor = new ThreadPoolExecutor(0, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory,
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Starts a task whose future the caller already holds.
     *
     * @param task the task
     * @throws RejectedExecutionException when every thread is busy
     */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
