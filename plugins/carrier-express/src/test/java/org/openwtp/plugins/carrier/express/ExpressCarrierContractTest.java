package org.openwtp.plugins.carrier.express;

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

/** The SDK's carrier contract, run against the express courier with its default tables. */
class ExpressCarrierContractTest extends CarrierContract {

    private static final String SECRET = "whsec_contract_express";

    @Override
    protected Carrier createCarrier() {
        return new ExpressCarrier();
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
        // over the 70 kg per piece limit (the suite's 40 kg heavy parcel is within an express courier's limits)
        return SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.shanghaiBuyer(), List.of(SampleTrade.parcel("75", 60, 50, 40)),
                SampleTrade.russianGoods("RUB"));
    }

    @Override
    protected Optional<RateRequest> unsupportedDestinationRequest() {
        return Optional.of(SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.moscowBuyer(), List.of(SampleTrade.smallParcel()),
                SampleTrade.russianGoods("RUB")));
    }

    @Override
    protected Optional<InboundWebhook> signedWebhook(String trackingNumber) {
        var now = context().clock().instant();
        return Optional.of(new TrackingWebhookSigner(SECRET).webhook(
                new TrackingEvent(trackingNumber, TrackingStatus.PICKED_UP, now, "Moscow", "Picked up by the courier"), now));
    }
}
