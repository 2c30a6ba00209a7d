package org.openwtp.core.plugin.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to independent items on the calling thread plus helper threads started for that one call
 * (at most one per available processor), and returns the results in the items' order.
 *
 * <p>Why threads of its own rather than a pool: this runs plugin code (constructors, {@code configFields()}) at
 * start-up only; a plugin that blocks there must not hold a thread of the JVM-wide common pool or of the call
 * executor, and nothing is kept between life-cycle operations. Starting a thread costs tens of microseconds,
 * creating a plugin's extensions about a millisecond. Stateless.
 */
final class ParallelTasks {

    private ParallelTasks() {
    }

    /**
     * Applies {@code task} to every item and waits for all of them.
     *
     * @param items   the items, independent of one another
     * @param threads how many threads may work at once, the calling thread included
     * @param name    prefix of the helper threads' names
     * @param task    the work; it should turn expected failures into results
     * @param <T>     item type
     * @param <R>     result type
     * @return the results, in the order of {@code items}
     * @throws RuntimeException or Error the first (in item order) that a task threw, once every task has finished
     */
    static <T, R> List<R> map(List<T> items, int threads, String name, Function<? super T, ? extends R> task) {
        int n = items.size();
        Object[] results = new Object[n];
        Throwable[] thrown = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = task.apply(items.get(i));
                } catch (Throwable e) {
                    thrown[i] = e; // rethrown on the calling thread below, after every task has finished
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(threads, n); h++) {
            Thread helper = new Thread(worker, name + "-" + h);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        helpers.forEach(ParallelTasks::joinUninterruptibly); // join: the results written by helpers are visible after it
        for (Throwable e : thrown) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    /** Waits for a helper; an interrupt is kept for the caller, since the tasks already run cannot be abandoned. */
    private static void joinUninterruptibly(Thread helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
