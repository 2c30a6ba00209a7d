package org.openwtp.testkit.fakes;

import java.util.List;
import java.util.Set;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;

/** A tiny, correct listener: counts each buyer's delivered orders (for a yearly import limit), once per event. */
public class BuyerImportCounter implements OrderEventListener {
    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("order.delivered");
    }

    @Override
    public void onOrderEvent(OrderEvent event, PluginContext context) {
        if (firstDelivery(event, context)) {
            String key = "delivered:" + event.attributes().getOrDefault("buyerId", "anonymous");
            while (true) {
                var current = context.store().get(key);
                if (current.isEmpty() ? context.store().putIfAbsent(key, "1")
                        : context.store().compareAndSet(key, current.get(), Long.toString(Long.parseLong(current.get()) + 1))) {
                    return;
                }
            }
        }
    }

    /**
     * Whether this event is seen for the first time.
     *
     * @param event   the event
     * @param context the context
     * @return true the first time
     */
    protected boolean firstDelivery(OrderEvent event, PluginContext context) {
        return context.store().putIfAbsent("seen:" + event.eventId(), "1");
    }
}
