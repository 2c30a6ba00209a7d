package org.openwtp.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.testkit.fakes.SandboxCardProvider;

/** A correct provider passes the whole {@link PaymentProviderContract}. */
class SandboxCardProviderContractTest extends PaymentProviderContract {
    static final String SECRET = "whsec_contract_test";

    @Override
    protected PaymentProvider createPaymentProvider() {
        return new SandboxCardProvider();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("webhookSecret", SECRET);
    }

    @Override
    protected PaymentMethod approvingMethod() {
        return SampleTrade.card("4111111111111111");
    }

    @Override
    protected List<PaymentMethod> decliningMethods() {
        return List.of(SampleTrade.card("4000000000000002"), SampleTrade.card("4000000000009995"), SampleTrade.card("4111111111111112"));
    }

    @Override
    protected Optional<InboundWebhook> signedWebhook(String providerReference, Money amount) {
        String body = "{\"id\":\"evt_1\",\"type\":\"CAPTURED\",\"reference\":\"" + providerReference + "\",\"amount\":\"" + amount.amount()
                + "\",\"currency\":\"" + amount.currency() + "\",\"occurredAt\":\"" + context().clock().instant() + "\"}";
        return Optional.of(TestWebhooks.webhook(
                Map.of(SandboxCardProvider.SIGNATURE_HEADER, TestWebhooks.hmacSha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8)),
                        "Content-Type", "application/json"),
                body, context().clock().instant()));
    }
}
