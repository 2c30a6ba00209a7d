package org.openwtp.plugins.cardsandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.PaymentEvent;
import org.openwtp.sdk.payment.PaymentEventType;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.testkit.PaymentProviderContract;
import org.openwtp.testkit.SampleTrade;

/** The SDK's payment provider contract, run against the card sandbox. */
class CardSandboxContractTest extends PaymentProviderContract {

    private static final String SECRET = "whsec_contract_0123456789";

    @Override
    protected PaymentProvider createPaymentProvider() {
        return new CardSandboxPaymentProvider();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("webhookSecret", SECRET);
    }

    @Override
    protected PaymentMethod approvingMethod() {
        return SampleTrade.card(TestCard.VISA_APPROVED.number());
    }

    @Override
    protected List<PaymentMethod> decliningMethods() {
        return List.of(SampleTrade.card(TestCard.DECLINED_INSUFFICIENT_FUNDS.number()), SampleTrade.card(TestCard.DECLINED_STOLEN.number()),
                SampleTrade.card(TestCard.DECLINED_GENERIC.number()), SampleTrade.card("4242424242424241"));
    }

    @Override
    protected Optional<InboundWebhook> signedWebhook(String providerReference, Money amount) {
        Instant now = context().clock().instant();
        byte[] body = SandboxWebhookSigner.eventBody(new PaymentEvent("evt_" + providerReference, PaymentEventType.AUTHORIZED,
                providerReference, amount, now));
        return Optional.of(new InboundWebhook(Map.of(SandboxWebhookSigner.SIGNATURE_HEADER,
                List.of(SandboxWebhookSigner.signatureHeader(SECRET, body, now))), body, now));
    }
}
