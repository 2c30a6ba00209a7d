package org.openwtp.plugins.escrow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.testkit.PaymentProviderContract;
import org.openwtp.testkit.SampleTrade;

/** The SDK's payment provider contract, run against the escrow. */
class EscrowContractTest extends PaymentProviderContract {

    static final String SECRET = "whsec_contract_0123456789";

    @Override
    protected PaymentProvider createPaymentProvider() {
        return new EscrowPaymentProvider();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("webhookSecret", SECRET);
    }

    @Override
    protected PaymentMethod approvingMethod() {
        return PaymentMethod.of(PaymentMethodType.ESCROW);
    }

    @Override
    protected List<PaymentMethod> decliningMethods() {
        // The escrow declines instruments it does not hold; it has no buyer-side declines of its own.
        return List.of(SampleTrade.card("4242424242424242"), PaymentMethod.of(PaymentMethodType.WALLET));
    }

    @Override
    protected Optional<InboundWebhook> signedWebhook(String providerReference, Money amount) {
        Instant now = context().clock().instant();
        byte[] body = EscrowWebhookSigner.notificationBody(providerReference);
        return Optional.of(new InboundWebhook(Map.of(EscrowWebhookSigner.SIGNATURE_HEADER,
                List.of(EscrowWebhookSigner.signatureHeader(SECRET, body, now))), body, now));
    }
}
