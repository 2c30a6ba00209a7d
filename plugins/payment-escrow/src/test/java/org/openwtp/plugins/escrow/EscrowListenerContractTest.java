package org.openwtp.plugins.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.AuthorizeRequest;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.payment.PaymentOperation;
import org.openwtp.testkit.OrderEventListenerContract;
import org.openwtp.testkit.TestingPluginContext;

/** The SDK's order event listener contract, run against the escrow's release on delivery. */
class EscrowListenerContractTest extends OrderEventListenerContract {

    private final EscrowPaymentProvider escrow = new EscrowPaymentProvider();

    @Override
    protected OrderEventListener createListener() {
        return escrow;
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("webhookSecret", EscrowContractTest.SECRET);
    }

    @Override
    protected OrderEvent sampleEvent() {
        return new OrderEvent("evt-delivered-1", EscrowPaymentProvider.DELIVERED, "order-1", context().clock().instant(),
                Map.of("paymentProvider", EscrowPaymentProvider.PLUGIN_ID, "providerReference", EscrowPaymentProvider.referenceFor("pay-1")));
    }

    @Override
    protected void prepare(TestingPluginContext context) {
        AuthorizeRequest request = new AuthorizeRequest("pay-1", "order-1", Money.of("300.00", "EUR"),
                PaymentMethod.of(PaymentMethodType.ESCROW), "buyer-1", "");
        assertThat(escrow.authorize(request, context.withIdempotencyKey("prepare-authorize")).succeeded()).isTrue();
        assertThat(escrow.capture(PaymentOperation.whole(EscrowPaymentProvider.referenceFor("pay-1")),
                context.withIdempotencyKey("prepare-capture")).succeeded()).isTrue();
    }

    @Override
    protected void assertHandledOnce(OrderEvent event, TestingPluginContext context) {
        assertThat(escrow.refund(PaymentOperation.whole(EscrowPaymentProvider.referenceFor("pay-1")), context.withIdempotencyKey("after"))
                .reason().orElseThrow().code()).isEqualTo("ALREADY_RELEASED_TO_SELLER");
    }
}
