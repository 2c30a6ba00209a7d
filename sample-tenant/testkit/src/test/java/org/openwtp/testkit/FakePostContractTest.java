package org.openwtp.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.testkit.fakes.FakePost;

/** A correct carrier passes the whole {@link CarrierContract}. */
class FakePostContractTest extends CarrierContract {
    static final String SECRET = "post_secret";

    @Override
    protected Carrier createCarrier() {
        return new FakePost();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("webhookSecret", SECRET);
    }

    @Override
    protected RateRequest shippableRequest() {
        return SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.shanghaiBuyer(), List.of(SampleTrade.smallParcel()),
                SampleTrade.russianGoods("EUR"));
    }

    @Override
    protected RateRequest overLimitRequest() {
        return SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.shanghaiBuyer(), List.of(SampleTrade.heavyParcel()),
                SampleTrade.russianGoods("EUR"));
    }

    @Override
    protected Optional<RateRequest> unsupportedDestinationRequest() {
        Address sydney = Address.of("Jack Smith", "1 George St", "Sydney", "2000", CountryCode.of("AU"));
        return Optional.of(SampleTrade.rateRequest(SampleTrade.moscowExporter(), sydney, List.of(SampleTrade.smallParcel()),
                SampleTrade.russianGoods("EUR")));
    }

    @Override
    protected Optional<InboundWebhook> signedWebhook(String trackingNumber) {
        String body = trackingNumber + ";IN_TRANSIT;" + context().clock().instant() + ";Moscow sorting centre";
        return Optional.of(TestWebhooks.webhook(
                Map.of(FakePost.SIGNATURE_HEADER, TestWebhooks.hmacSha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8))),
                body, context().clock().instant()));
    }
}
