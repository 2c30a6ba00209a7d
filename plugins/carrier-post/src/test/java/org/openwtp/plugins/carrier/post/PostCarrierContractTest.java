package org.openwtp.plugins.carrier.post;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.plugins.support.carrier.TrackingWebhookSigner;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.testkit.CarrierContract;
import org.openwtp.testkit.SampleTrade;

/** The SDK's carrier contract, run against the post with its default tables. */
class PostCarrierContractTest extends CarrierContract {

    private static final String SECRET = "whsec_contract_post";

    @Override
    protected Carrier createCarrier() {
        return new PostCarrier();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("webhookSecret", SECRET);
    }

    @Override
    protected RateRequest shippableRequest() {
        return SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.shanghaiBuyer(), List.of(SampleTrade.smallParcel()),
                SampleTrade.russianGoods("RUB"));
    }

    @Override
    protected RateRequest overLimitRequest() {
        return SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.shanghaiBuyer(), List.of(SampleTrade.heavyParcel()),
                SampleTrade.russianGoods("RUB"));
    }

    @Override
    protected Optional<RateRequest> unsupportedDestinationRequest() {
        // international services only: a Russian post does not quote Moscow to Moscow here
        return Optional.of(SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.moscowBuyer(), List.of(SampleTrade.smallParcel()),
                SampleTrade.russianGoods("RUB")));
    }

    @Override
    protected Optional<InboundWebhook> signedWebhook(String trackingNumber) {
        var now = context().clock().instant();
        return Optional.of(new TrackingWebhookSigner(SECRET).webhook(
                new TrackingEvent(trackingNumber, TrackingStatus.PICKED_UP, now, "Moscow", "Accepted at the post office"), now));
    }
}
