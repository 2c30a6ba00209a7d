package org.openwtp.core.plugin.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Records every guarded call as the timer {@value #CALLS} tagged tenant, plugin, extension, method and
 * outcome: its count is the number of calls, counts with an outcome other than {@code success} are the
 * failures, and its distribution the latency. Timers are resolved once per (tenant, plugin, extension point)
 * when a {@code TenantExtension} is looked up ({@link #point}), then per method and outcome by a lookup on
 * the method name alone, so a call neither builds meter ids nor allocates a key. Thread-safe.
 */
final class CallMetrics {

    /** The timer's name. */
    static final String CALLS = "openwtp.plugin.calls";

    private static final CallOutcome[] OUTCOMES = CallOutcome.values();

    private final MeterRegistry registry;
    private final ConcurrentMap<PointKey, Point> points = new ConcurrentHashMap<>();

    CallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * The timers of one (tenant, plugin, extension point).
     *
     * @return the cached holder
     */
    Point point(String tenant, String pluginId, String extension) {
        return points.computeIfAbsent(new PointKey(tenant, pluginId, extension), Point::new);
    }

    void record(CallSite site, CallOutcome outcome, long nanos) {
        Point point = site.meters() != null ? site.meters() : point(site.tenant(), site.pluginId(), site.extension());
        point.timer(site.method(), outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    private record PointKey(String tenant, String plugin, String extension) {
    }

    /** The timers of one (tenant, plugin, extension point), per method and outcome. Thread-safe. */
    final class Point {
        private final PointKey key;
        private final ConcurrentMap<String, AtomicReferenceArray<Timer>> methods = new ConcurrentHashMap<>();

        private Point(PointKey key) {
            this.key = key;
        }

        Timer timer(String method, CallOutcome outcome) {
            AtomicReferenceArray<Timer> timers = methods.get(method);
            if (timers == null) {
                timers = methods.computeIfAbsent(method, m -> new AtomicReferenceArray<>(OUTCOMES.length));
            }
            Timer timer = timers.get(outcome.ordinal());
            if (timer == null) {
                // a benign race: Micrometer returns the one registered timer to every thread
                timer = register(method, outcome);
                timers.set(outcome.ordinal(), timer);
            }
            return timer;
        }

        private Timer register(String method, CallOutcome outcome) {
            return Timer.builder(CALLS)
                    .description("Calls from the core into plugin code")
                    .tag("tenant", key.tenant())
                    .tag("plugin", key.plugin())
                    .tag("extension", key.extension())
                    .tag("method", method)
                    .tag("outcome", outcome.tag())
                    .register(registry);
        }
    }
}
