package org.openwtp.core.plugin.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Records every guarded call as the timer {@value #CALLS} tagged tenant, plugin, extension, method and
 * outcome: its count is the number of calls, counts with an outcome other than {@code success} are the
 * failures, and its distribution the latency. Timers are cached so a call does not build meter ids.
 * Thread-safe.
 */
final class CallMetrics {

    /** The timer's name. */
    static final String CALLS = "openwtp.plugin.calls";

    private final MeterRegistry registry;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

    CallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(CallSite site, CallOutcome outcome, long nanos) {
        Key key = new Key(site.tenant(), site.pluginId(), site.extension(), site.method(), outcome);
        timers.computeIfAbsent(key, this::register).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer register(Key key) {
        return Timer.builder(CALLS)
                .description("Calls from the core into plugin code")
                .tag("tenant", key.tenant())
                .tag("plugin", key.plugin())
                .tag("extension", key.extension())
                .tag("method", key.method())
                .tag("outcome", key.outcome().tag())
                .register(registry);
    }

    private record Key(String tenant, String plugin, String extension, String method, CallOutcome outcome) {
    }
}
