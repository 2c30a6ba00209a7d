package org.openwtp.core.logging;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * The keys the core puts in the SLF4J MDC so every log line says which request, tenant and plugin it
 * belongs to (see {@code logback.xml}), and small helpers to set them around a piece of work.
 *
 * <p>The HTTP layer sets {@link #REQUEST_ID} and {@link #TENANT} for each request. The plugin runtime
 * wraps every call into plugin code with {@link #withPlugin(String, Callable)} (or
 * {@link #plugin(String)} in a try-with-resources) so the plugin id appears too. When work moves to
 * another thread, capture {@link #snapshot()} on the caller and run the work inside
 * {@link Snapshot#restore()} on the worker.
 *
 * <p>Thread-safe: the MDC is per thread.
 */
public final class LogContext {

    /** MDC key of the request id. */
    public static final String REQUEST_ID = "requestId";
    /** MDC key of the tenant slug. */
    public static final String TENANT = "tenant";
    /** MDC key of the plugin id, set during calls into plugin code. */
    public static final String PLUGIN = "plugin";

    private LogContext() {
    }

    /**
     * Sets one MDC key until the returned scope is closed, then restores what was there before.
     *
     * @param key   the MDC key
     * @param value the value, null to clear the key inside the scope
     * @return the scope to close
     */
    public static Scope put(String key, String value) {
        Objects.requireNonNull(key, "key");
        String previous = MDC.get(key);
        set(key, value);
        return () -> set(key, previous);
    }

    /**
     * Marks the current thread as working inside a plugin until the scope is closed.
     *
     * @param pluginId the plugin id
     * @return the scope to close
     */
    public static Scope plugin(String pluginId) {
        return put(PLUGIN, pluginId);
    }

    /**
     * Runs a call with the plugin id in the MDC, restoring the previous value afterwards.
     *
     * @param pluginId the plugin id
     * @param call     the work
     * @param <T>      the result type
     * @return what the call returned
     * @throws Exception what the call threw
     */
    public static <T> T withPlugin(String pluginId, Callable<T> call) throws Exception {
        try (Scope ignored = plugin(pluginId)) {
            return call.call();
        }
    }

    /**
     * Captures the request id, tenant and plugin of the current thread to restore them on another.
     *
     * @return the snapshot
     */
    public static Snapshot snapshot() {
        return new Snapshot(MDC.get(REQUEST_ID), MDC.get(TENANT), MDC.get(PLUGIN));
    }

    private static void set(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** A scope that restores the MDC when closed; closing never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The log context of one thread, to carry over to another.
     *
     * @param requestId the request id, may be null
     * @param tenant    the tenant, may be null
     * @param plugin    the plugin id, may be null
     */
    public record Snapshot(String requestId, String tenant, String plugin) {

        /**
         * Puts these values in the current thread's MDC until the scope is closed.
         *
         * @return the scope to close
         */
        public Scope restore() {
            Scope a = put(REQUEST_ID, requestId);
            Scope b = put(TENANT, tenant);
            Scope c = put(PLUGIN, plugin);
            return () -> {
                c.close();
                b.close();
                a.close();
            };
        }
    }
}
