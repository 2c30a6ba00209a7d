package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.testkit.fakes.BuyerImportCounter;

/** A correct listener passes the whole {@link OrderEventListenerContract}. */
class BuyerImportCounterContractTest extends OrderEventListenerContract {
    @Override
    protected OrderEventListener createListener() {
        return new BuyerImportCounter();
    }

    @Override
    protected OrderEvent sampleEvent() {
        return new OrderEvent("evt-42", "order.delivered", "order-42", MutableClock.DEFAULT_START, Map.of("buyerId", "buyer-1"));
    }

    @Override
    protected void assertHandledOnce(OrderEvent event, TestingPluginContext context) {
        assertThat(context.store().get("delivered:buyer-1")).contains("1");
    }
}
