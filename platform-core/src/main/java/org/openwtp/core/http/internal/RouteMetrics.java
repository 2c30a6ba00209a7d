package org.openwtp.core.http.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request timers of one route ({@code http.server.requests} by method, route template and status), looked
 * up by status alone so the per-request path builds no key and no tag list once a status has been seen.
 * Thread-safe.
 */
final class RouteMetrics {

    private final MeterRegistry registry;
    private final String method;
    private final String route;
    private final ConcurrentHashMap<Integer, Timer> byStatus = new ConcurrentHashMap<>();

    RouteMetrics(MeterRegistry registry, String method, String route) {
        this.registry = registry;
        this.method = method;
        this.route = route;
    }

    String method() {
        return method;
    }

    String route() {
        return route;
    }

    Timer timer(int status) {
        Timer timer = byStatus.get(status);
        return timer != null ? timer : byStatus.computeIfAbsent(status, s -> Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", String.valueOf(s))
                .publishPercentileHistogram()
                .register(registry));
    }
}
