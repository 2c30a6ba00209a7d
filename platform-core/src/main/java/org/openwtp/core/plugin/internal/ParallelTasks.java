package org.openwtp.core.plugin.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Applies a function to independent items on helper threads started for that one call, each item under a
 * deadline, and returns the results in the items' order.
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
     * Applies {@code task} to every item on helper threads, giving each item {@code timeout} from the moment its task
     * starts. An item that overruns gets {@code onTimeout}'s result instead; its thread is interrupted and abandoned
     * (whatever it returns later is dropped), and a fresh helper takes its place so the other items still run. The
     * calling thread only waits, so it can always give up on a task. Why: plugin code (constructors,
     * {@code configFields()}) that hangs at start-up must fail its plugin, not the server's start.
     *
     * @param items     the items, independent of one another
     * @param threads   how many tasks may run at once
     * @param name      prefix of the helper threads' names
     * @param timeout   how long one item's task may run
     * @param task      the work; it should turn expected failures into results
     * @param onTimeout the result of an item whose task overran
     * @param <T>       item type
     * @param <R>       result type
     * @return the results, in the order of {@code items}
     * @throws RuntimeException or Error the first (in item order) that a task threw within its time
     */
    static <T, R> List<R> mapWithin(List<T> items, int threads, String name, Duration timeout,
                                    Function<? super T, ? extends R> task, Function<? super T, ? extends R> onTimeout) {
        return new Deadlined<T, R>(items, name, timeout.toNanos(), task).run(Math.max(1, Math.min(threads, items.size())), onTimeout);
    }

    /** The state of one {@link #mapWithin} call; every field is guarded by {@code this}. */
    private static final class Deadlined<T, R> {
        private final List<T> items;
        private final String name;
        private final long timeoutNanos;
        private final Function<? super T, ? extends R> task;
        private final Object[] results;
        private final Throwable[] thrown;
        private final boolean[] settled;
        private final long[] startedAt;
        private final Thread[] runner;
        private final List<Thread> helpers = new ArrayList<>();
        private final List<Thread> abandoned = new ArrayList<>();
        private int next;

        Deadlined(List<T> items, String name, long timeoutNanos, Function<? super T, ? extends R> task) {
            this.items = items;
            this.name = name;
            this.timeoutNanos = timeoutNanos;
            this.task = task;
            int n = items.size();
            this.results = new Object[n];
            this.thrown = new Throwable[n];
            this.settled = new boolean[n];
            this.startedAt = new long[n];
            this.runner = new Thread[n];
        }

        List<R> run(int threads, Function<? super T, ? extends R> onTimeout) {
            boolean interrupted = false;
            List<Thread> first = new ArrayList<>(threads);
            synchronized (this) {
                for (int h = 0; h < threads; h++) {
                    first.add(newHelper());
                }
            }
            // started outside the monitor, so a helper does not block on it while the next one is being started
            first.forEach(Thread::start);
            synchronized (this) {
                while (true) {
                    long now = System.nanoTime();
                    long wait = Long.MAX_VALUE;
                    boolean open = false;
                    for (int i = 0; i < items.size(); i++) {
                        if (settled[i]) {
                            continue;
                        }
                        if (runner[i] == null) {
                            // not started yet: its deadline is at least a timeout from now, so waking then is soon
                            // enough, and a helper need not wake this thread each time it takes an item
                            open = true;
                            wait = Math.min(wait, timeoutNanos);
                            continue;
                        }
                        long left = startedAt[i] + timeoutNanos - now;
                        if (left <= 0) {
                            settled[i] = true;
                            results[i] = onTimeout.apply(items.get(i));
                            runner[i].interrupt();
                            abandoned.add(runner[i]);
                            startHelper(); // the overrunning thread is abandoned: another one takes the remaining items
                        } else {
                            open = true;
                            wait = Math.min(wait, left);
                        }
                    }
                    if (!open) {
                        break;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, wait);
                    } catch (InterruptedException e) {
                        interrupted = true; // the items already running cannot be abandoned without a result each
                    }
                }
            }
            // the helpers left have no item to take: they end at once (join: their results are visible after it)
            List<Thread> finishing;
            synchronized (this) {
                finishing = helpers.stream().filter(t -> !abandoned.contains(t)).toList();
            }
            finishing.forEach(ParallelTasks::joinUninterruptibly);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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

        private void startHelper() {
            newHelper().start();
        }

        /** A helper, registered but not started. Call with the monitor held. */
        private Thread newHelper() {
            Thread helper = new Thread(this::work, name + "-" + (helpers.size() + 1));
            helper.setDaemon(true);
            helpers.add(helper);
            return helper;
        }

        private void work() {
            Thread me = Thread.currentThread();
            while (true) {
                int i;
                synchronized (this) {
                    if (next >= items.size()) {
                        notifyAll();
                        return;
                    }
                    i = next++;
                    startedAt[i] = System.nanoTime();
                    runner[i] = me;
                }
                Object result = null;
                Throwable failure = null;
                try {
                    result = task.apply(items.get(i));
                } catch (Throwable e) {
                    failure = e;
                }
                synchronized (this) {
                    if (settled[i]) {
                        return; // overran and was given up on: this thread was replaced, drop the late result
                    }
                    settled[i] = true;
                    results[i] = result;
                    thrown[i] = failure;
                    notifyAll();
                }
            }
        }
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
