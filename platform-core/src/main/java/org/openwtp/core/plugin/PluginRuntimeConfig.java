package org.openwtp.core.plugin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the plugin runtime.
 *
 * @param pluginsDirectory        where plugin jars are read from; relative paths resolve against the working directory
 * @param workDirectory           where jars are copied before loading; empty for a fresh temporary directory
 * @param callThreads             threads of the bounded executor that runs calls which may block on the network
 * @param callQueueCapacity       calls that may wait for one of those threads before new ones are rejected
 * @param defaultCallTimeout      the deadline of a call that does not set one, and of creating one plugin's
 *                                extensions and collecting their configuration fields at start
 * @param breakerFailureThreshold consecutive failures of one (tenant, plugin) that open its circuit
 * @param breakerOpenDuration     how long an open circuit refuses calls before letting one trial through
 * @param startThreads            threads that may create plugins' extensions at once while plugins
 *                                start (helper threads; the calling thread waits under the deadline)
 */
public record PluginRuntimeConfig(Path pluginsDirectory, Optional<Path> workDirectory, int callThreads,
                                  int callQueueCapacity, Duration defaultCallTimeout, int breakerFailureThreshold,
                                  Duration breakerOpenDuration, int startThreads) {

    /** The default plugins directory, relative to the working directory. */
    public static final Path DEFAULT_PLUGINS_DIRECTORY = Path.of("target", "plugins");

    /** System property that overrides the plugins directory in {@link #fromSystemProperties()}. */
    public static final String PLUGINS_DIRECTORY_PROPERTY = "openwtp.plugins.dir";

    /** Validates the settings. */
    public PluginRuntimeConfig {
        Objects.requireNonNull(pluginsDirectory, "pluginsDirectory must not be null");
        Objects.requireNonNull(workDirectory, "workDirectory must not be null (use Optional.empty())");
        if (callThreads < 1) {
            throw new IllegalArgumentException("callThreads must be at least 1, was " + callThreads);
        }
        if (callQueueCapacity < 0) {
            throw new IllegalArgumentException("callQueueCapacity must not be negative, was " + callQueueCapacity);
        }
        requirePositive(defaultCallTimeout, "defaultCallTimeout");
        if (breakerFailureThreshold < 1) {
            throw new IllegalArgumentException("breakerFailureThreshold must be at least 1, was " + breakerFailureThreshold);
        }
        requirePositive(breakerOpenDuration, "breakerOpenDuration");
        if (startThreads < 1) {
            throw new IllegalArgumentException("startThreads must be at least 1, was " + startThreads);
        }
    }

    /**
     * Defaults: plugins in {@code target/plugins}, a temporary work directory, 16 call threads with a queue
     * of 256, a 5 s call deadline, circuits that open after 5 consecutive failures for 30 s, plugins started on as
     * many threads as the JVM has processors.
     *
     * @return the default settings
     */
    public static PluginRuntimeConfig defaults() {
        return new PluginRuntimeConfig(DEFAULT_PLUGINS_DIRECTORY, Optional.empty(), 16, 256, Duration.ofSeconds(5), 5,
                Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Defaults, with the plugins directory from the {@value #PLUGINS_DIRECTORY_PROPERTY} system property if set.
     *
     * @return the settings
     */
    public static PluginRuntimeConfig fromSystemProperties() {
        String dir = System.getProperty(PLUGINS_DIRECTORY_PROPERTY);
        return dir == null || dir.isBlank() ? defaults() : defaults().withPluginsDirectory(Path.of(dir));
    }

    /**
     * A copy reading plugins from another directory.
     *
     * @param directory the plugins directory
     * @return the new settings
     */
    public PluginRuntimeConfig withPluginsDirectory(Path directory) {
        return new PluginRuntimeConfig(directory, workDirectory, callThreads, callQueueCapacity, defaultCallTimeout,
                breakerFailureThreshold, breakerOpenDuration, startThreads);
    }

    /**
     * A copy copying jars into a given work directory.
     *
     * @param directory the work directory
     * @return the new settings
     */
    public PluginRuntimeConfig withWorkDirectory(Path directory) {
        return new PluginRuntimeConfig(pluginsDirectory, Optional.of(directory), callThreads, callQueueCapacity,
                defaultCallTimeout, breakerFailureThreshold, breakerOpenDuration, startThreads);
    }

    /**
     * A copy with another call executor size.
     *
     * @param threads       executor threads
     * @param queueCapacity waiting calls
     * @return the new settings
     */
    public PluginRuntimeConfig withCallExecutor(int threads, int queueCapacity) {
        return new PluginRuntimeConfig(pluginsDirectory, workDirectory, threads, queueCapacity, defaultCallTimeout,
                breakerFailureThreshold, breakerOpenDuration, startThreads);
    }

    /**
     * A copy with another circuit breaker.
     *
     * @param failureThreshold consecutive failures that open a circuit
     * @param openDuration     how long it stays open
     * @return the new settings
     */
    public PluginRuntimeConfig withCircuitBreaker(int failureThreshold, Duration openDuration) {
        return new PluginRuntimeConfig(pluginsDirectory, workDirectory, callThreads, callQueueCapacity, defaultCallTimeout,
                failureThreshold, openDuration, startThreads);
    }

    /**
     * A copy starting plugins on another number of threads.
     *
     * @param threads threads that may create plugins' extensions at once
     * @return the new settings
     */
    public PluginRuntimeConfig withStartThreads(int threads) {
        return new PluginRuntimeConfig(pluginsDirectory, workDirectory, callThreads, callQueueCapacity, defaultCallTimeout,
                breakerFailureThreshold, breakerOpenDuration, threads);
    }

    /**
     * A copy with another default call deadline (also the deadline of creating one plugin's extensions at start).
     *
     * @param timeout the deadline
     * @return the new settings
     */
    public PluginRuntimeConfig withDefaultCallTimeout(Duration timeout) {
        return new PluginRuntimeConfig(pluginsDirectory, workDirectory, callThreads, callQueueCapacity, timeout,
                breakerFailureThreshold, breakerOpenDuration, startThreads);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
