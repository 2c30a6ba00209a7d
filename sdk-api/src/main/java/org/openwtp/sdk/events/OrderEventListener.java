package org.openwtp.sdk.events;

import java.util.Set;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.context.PluginContext;

/**
 * A plugin that reacts to order events, e.g. an escrow releasing funds on delivery or a pavilion
 * counting a buyer's yearly imports. Delivery is at least once; an exception makes the core retry later.
 */
public interface OrderEventListener extends ConfigurableExtension {

    /**
     * The event types this listener wants.
     *
     * @return e.g. {@code Set.of("order.delivered")}
     */
    Set<String> eventTypes();

    /**
     * Handles one event.
     *
     * @param event   the event
     * @param context the call context, with the event id as idempotency key
     */
    void onOrderEvent(OrderEvent event, PluginContext context);
}
