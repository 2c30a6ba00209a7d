package org.openwtp.core.events.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.openwtp.core.events.OutboxDispatcher;

/**
 * Publishes the outbox backlog (events not yet fanned out plus deliveries not yet acknowledged, across
 * tenants) as the gauge {@value #NAME}, read from the database at each scrape so every node reports the
 * shared backlog. Registered once at injector creation; thread-safe.
 */
public final class OutboxBacklogGauge {

    /** The meter name; Prometheus shows it as {@code openwtp_outbox_backlog}. */
    public static final String NAME = "openwtp.outbox.backlog";

    /**
     * Registers the gauge.
     *
     * @param registry   the server's registry
     * @param dispatcher the dispatcher that knows the backlog
     */
    @Inject
    public OutboxBacklogGauge(MeterRegistry registry, OutboxDispatcher dispatcher) {
        Gauge.builder(NAME, dispatcher, OutboxDispatcher::backlog)
                .description("outbox events not yet fanned out plus webhook deliveries not yet acknowledged")
                .register(registry);
    }
}
