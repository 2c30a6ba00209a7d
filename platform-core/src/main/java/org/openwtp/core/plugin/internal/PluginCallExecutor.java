package org.openwtp.core.plugin.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openwtp.core.plugin.PluginRuntimeConfig;

/** Builds the bounded executor plugin calls that may block run on. */
final class PluginCallExecutor {

    private PluginCallExecutor() {
    }

    /**
     * A fixed pool of daemon threads named {@code openwtp-plugin-call-N} with a bounded queue; a full
     * queue rejects (the guard reports it) instead of running the call on the caller's thread.
     *
     * @param config the runtime settings
     * @return the executor; the caller shuts it down
     */
    static ExecutorService create(PluginRuntimeConfig config) {
        BlockingQueue<Runnable> queue = config.callQueueCapacity() == 0
                ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(config.callQueueCapacity());
        ThreadPoolExecutor executor = new ThreadPoolExecutor(config.callThreads(), config.callThreads(), 60, TimeUnit.SECONDS,
                queue, new DaemonThreads(), new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Names threads and makes them daemons. Thread-safe. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "openwtp-plugin-call-" + next.incrementAndGet());
            thread.setDaemon(true);
            // never inherit a plugin's loader from the submitting thread: it would pin the plugin in memory
            thread.setContextClassLoader(PluginCallExecutor.class.getClassLoader());
            return thread;
        }
    }
}
