package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;

/**
 * The contract every {@link OrderEventListener} keeps: it names the events it wants, and because the
 * core delivers at least once, handling the same event twice has the same effect as handling it once.
 *
 * <pre>{@code
 * class EscrowListenerContractTest extends OrderEventListenerContract {
 *     protected OrderEventListener createListener() { return new EscrowReleaseListener(); }
 *     protected OrderEvent sampleEvent() { return new OrderEvent("evt-1", "order.delivered", "order-1", NOW, Map.of(...)); }
 *     protected void prepare(TestingPluginContext context) { ... authorise and capture the order's payment ... }
 *     protected void assertHandledOnce(OrderEvent event, TestingPluginContext context) { ... released once ... }
 * }
 * }</pre>
 */
public abstract class OrderEventListenerContract extends ExtensionContract<OrderEventListener> {
    /** For subclasses. */
    protected OrderEventListenerContract() {
    }

    /**
     * Creates the listener under test.
     *
     * @return a new listener
     */
    protected abstract OrderEventListener createListener();

    /**
     * An event of a type the listener wants, that changes something.
     *
     * @return the event
     */
    protected abstract OrderEvent sampleEvent();

    /**
     * Sets up the state the event acts on (an order's payment, a buyer's history), in the context's store
     * or through other extensions of the plugin (give their mutating calls their own idempotency keys
     * with {@link TestingPluginContext#withIdempotencyKey(String)}). By default nothing.
     *
     * @param context a context sharing the store and clock the event will be delivered with
     */
    protected void prepare(TestingPluginContext context) {
    }

    /**
     * Checks the effect of the event after it was delivered twice, beyond the store (which the suite
     * compares itself): e.g. funds released once. By default nothing.
     *
     * @param event   the event
     * @param context the context it was delivered in
     */
    protected void assertHandledOnce(OrderEvent event, TestingPluginContext context) {
    }

    @Override
    protected final OrderEventListener createExtension() {
        return createListener();
    }

    /**
     * The listener under test.
     *
     * @return the listener
     */
    protected final OrderEventListener listener() {
        return extension();
    }

    /** The listener names the event types it wants, lower-case and dotted, including the sample's. */
    @Test
    public void eventTypesAreDeclared() {
        assertThat(listener().eventTypes()).as("eventTypes()").isNotEmpty()
                .allSatisfy(type -> assertThat(type).matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+"))
                .contains(sampleEvent().type());
    }

    /** Delivering the same event a second time changes nothing the first delivery did not. */
    @Test
    public void handlingTheSameEventTwiceHasTheSameEffectAsOnce() {
        OrderEvent event = sampleEvent();
        prepare(context());
        TestingPluginContext context = context().withIdempotencyKey(event.eventId());
        Map<String, String> before = context.inMemoryStore().snapshot();
        listener().onOrderEvent(event, context);
        Map<String, String> once = context.inMemoryStore().snapshot();
        assertThat(once).as("the store after handling %s once: the sample event should change something", event.type()).isNotEqualTo(before);
        listener().onOrderEvent(event, context);
        assertThat(context.inMemoryStore().snapshot()).as("the store after handling %s a second time", event.type()).isEqualTo(once);
        assertHandledOnce(event, context);
    }
}
