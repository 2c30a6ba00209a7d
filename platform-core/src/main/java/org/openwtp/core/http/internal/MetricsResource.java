package org.openwtp.core.http.internal;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Routes;

/** Prometheus scrape endpoint. Thread-safe. */
public final class MetricsResource implements ApiResource {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    /** @param registry the registry every feature records into */
    @Inject
    public MetricsResource(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/metrics", this::scrape).publicAccess()
                .summary("Prometheus metrics").rawResponse(PROMETHEUS_TEXT);
    }

    private void scrape(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }
}
