package org.openwtp.core.lifecycle;

/**
 * A part of the server that must be started before it serves and stopped in order when the server
 * shuts down. Features contribute one through
 * {@code Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(MyLifecycle.class)}.
 *
 * <p>{@link LifecycleManager} starts participants by ascending {@link #phase()} and stops them by
 * descending phase: storage starts first and closes last; HTTP starts last and stops taking requests
 * first, so requests in flight can still use plugins and storage while they finish.
 */
public interface Lifecycle {

    /** Phase of storage: opened first, closed last. */
    int STORAGE = 100;
    /** Phase of the plugin runtime. */
    int PLUGINS = 200;
    /** Phase of background work (outbox delivery and the like). */
    int BACKGROUND = 300;
    /** Phase of the HTTP server: started last, stopped first. */
    int HTTP = 1000;

    /** @return a short name for logs, e.g. {@code storage} */
    String name();

    /** @return the phase; see the constants */
    int phase();

    /**
     * Starts the participant. A failure stops start-up: participants started before are stopped again.
     *
     * @throws Exception when it cannot start
     */
    default void start() throws Exception {
    }

    /**
     * Stops the participant. Called once, only after a successful {@link #start()}. A failure is logged
     * and the remaining participants are still stopped.
     *
     * @throws Exception when it cannot stop cleanly
     */
    default void stop() throws Exception {
    }
}
