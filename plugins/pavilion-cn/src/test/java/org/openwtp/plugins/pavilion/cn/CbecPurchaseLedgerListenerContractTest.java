package org.openwtp.plugins.pavilion.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.money.Money;
import org.openwtp.testkit.OrderEventListenerContract;
import org.openwtp.testkit.TestingPluginContext;

/** The SDK's listener contract: a paid order counted towards the buyer's year once, however often it is delivered. */
class CbecPurchaseLedgerListenerContractTest extends OrderEventListenerContract {

    @Override
    protected OrderEventListener createListener() {
        return new CbecPurchaseLedgerListener();
    }

    @Override
    protected OrderEvent sampleEvent() {
        return new OrderEvent("evt-1", "order.paid", "order-1", Instant.parse("2026-05-01T04:00:00Z"),
                Map.of("buyerId", "buyer-1", "total", "49100", "currency", "CNY"));
    }

    @Override
    protected void assertHandledOnce(OrderEvent event, TestingPluginContext context) {
        assertThat(new CbecAnnualLedger(context.store()).total("buyer-1", 2026)).isEqualTo(Money.of("491.00", "CNY"));
    }
}
