package org.openwtp.core.plugin.internal;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.openwtp.core.plugin.CallOptions.CallPath;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginCallException.Kind;
import org.openwtp.core.plugin.PluginRuntimeConfig;

/**
 * The one guard every call into plugin code passes: circuit breaker per (tenant, plugin), the plugin's
 * class loader as context class loader, the caller's thread or the bounded executor with a deadline,
 * anything thrown (short of {@link VirtualMachineError}) turned into {@link PluginCallException}, and
 * metrics. Thread-safe.
 */
public final class PluginCallGuard implements AutoCloseable {

    private final PluginCallExecutor executor;
    private final CallMetrics metrics;
    private final Clock clock;
    private final PluginRuntimeConfig config;
    private final ConcurrentMap<BreakerKey, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    /**
     * Creates the guard and its executor.
     *
     * @param config   executor size and circuit breaker settings
     * @param registry where call metrics go
     * @param clock    the clock of circuit breakers and call deadlines
     */
    @Inject
    public PluginCallGuard(PluginRuntimeConfig config, MeterRegistry registry, Clock clock) {
        this.executor = new PluginCallExecutor(config);
        this.metrics = new CallMetrics(registry);
        this.clock = clock;
        this.config = config;
    }

    Clock clock() {
        return clock;
    }

    Duration defaultTimeout() {
        return config.defaultCallTimeout();
    }

    /** Stops the executor; calls still running are interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * The circuit of one tenant's use of one plugin.
     *
     * @param tenant   the tenant tag
     * @param pluginId the plugin
     * @return its breaker, created on first use
     */
    CircuitBreaker breaker(String tenant, String pluginId) {
        return breakers.computeIfAbsent(new BreakerKey(tenant, pluginId),
                k -> new CircuitBreaker(config.breakerFailureThreshold(), config.breakerOpenDuration(), clock));
    }

    /**
     * The timers of one tenant's calls into one extension point of a plugin, for {@link CallSite#meters()}.
     *
     * @param tenant    the tenant tag
     * @param pluginId  the plugin
     * @param extension the extension point's simple name
     * @return the cached timers
     */
    CallMetrics.Point meters(String tenant, String pluginId, String extension) {
        return metrics.point(tenant, pluginId, extension);
    }

    /**
     * Runs a call into plugin code.
     *
     * @param site    where it goes
     * @param breaker the (tenant, plugin) circuit
     * @param path    which thread
     * @param timeout the deadline, from now
     * @param body    the call
     * @param <R>     the result type
     * @return the plugin's answer
     * @throws PluginCallException on any failure
     */
    <R> R invoke(CallSite site, CircuitBreaker breaker, CallPath path, Duration timeout, Supplier<R> body) {
        if (!breaker.tryAcquire()) {
            metrics.record(site, CallOutcome.CIRCUIT_OPEN, 0);
            throw failure(site, Kind.CIRCUIT_OPEN, "too many consecutive failures; retry after the circuit's pause", null);
        }
        long start = System.nanoTime();
        try {
            R result = path == CallPath.CALLER_THREAD ? onCallerThread(site, body) : onExecutor(site, timeout, body);
            metrics.record(site, CallOutcome.SUCCESS, System.nanoTime() - start);
            breaker.onSuccess();
            return result;
        } catch (PluginCallException e) {
            CallOutcome outcome = CallOutcome.of(e.kind());
            metrics.record(site, outcome, System.nanoTime() - start);
            if (outcome.isPluginFault()) {
                breaker.onFailure();
            } else {
                breaker.release();
            }
            throw e;
        }
    }

    private <R> R onCallerThread(CallSite site, Supplier<R> body) {
        try (ContextClassLoader ignored = ContextClassLoader.use(site.loader())) {
            return body.get();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            throw thrown(site, e);
        }
    }

    private <R> R onExecutor(CallSite site, Duration timeout, Supplier<R> body) {
        FutureTask<R> future;
        try {
            future = executor.submit(() -> {
                try (ContextClassLoader ignored = ContextClassLoader.use(site.loader())) {
                    return body.get();
                }
            });
        } catch (RejectedExecutionException e) {
            throw failure(site, Kind.REJECTED, e.getMessage(), e);
        }
        try {
            // most calls that belong on the executor take longer than the spin; a quick one is answered without
            // parking this thread (a wake-up costs tens of µs on a busy machine)
            long start = System.nanoTime();
            long spun = 0;
            while (!future.isDone() && spun < PluginCallExecutor.SPIN_NANOS) {
                PluginCallExecutor.pause(spun);
                spun = System.nanoTime() - start;
            }
            return future.isDone() ? future.get() : future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failure(site, Kind.TIMED_OUT, "no answer within " + timeout.toMillis() + " ms; the call was abandoned", null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(site, Kind.INTERRUPTED, "the caller was interrupted while waiting", e);
        } catch (CancellationException e) {
            throw failure(site, Kind.UNAVAILABLE, "the plugin runtime was closed before the call ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof VirtualMachineError vmError) {
                throw vmError;
            }
            throw thrown(site, cause);
        }
    }

    private static PluginCallException thrown(CallSite site, Throwable e) {
        return failure(site, Kind.FAILED, e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    private static PluginCallException failure(CallSite site, Kind kind, String detail, Throwable cause) {
        return new PluginCallException(kind, site.pluginId(), site.extension(), site.method(), site.tenant(), detail, cause);
    }

    private record BreakerKey(String tenant, String pluginId) {
    }
}
