package org.openwtp.core.commerce;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.CarrierService;
import org.openwtp.sdk.carrier.Label;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

/** A carrier that books every shipment (idempotent per key) unless told to refuse; webhooks {@code number=..&status=..}. */
public final class FakeCarrier implements Carrier {

    public final AtomicInteger bookings = new AtomicInteger();
    public volatile boolean refuse;
    public volatile ShipmentRequest lastRequest;
    private final Map<String, ShipmentResult> byKey = new ConcurrentHashMap<>();

    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public List<CarrierService> services(PluginContext context) {
        return List.of();
    }

    @Override
    public RateResponse quote(RateRequest request, PluginContext context) {
        throw new UnsupportedOperationException("not needed");
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request, PluginContext context) {
        String key = context.idempotencyKey().orElseThrow().value();
        lastRequest = request;
        return byKey.computeIfAbsent(key, k -> {
            if (refuse) {
                return ShipmentResult.refused(List.of(Reason.of("TOO_HEAVY", "the parcel is over the weight limit")));
            }
            bookings.incrementAndGet();
            return ShipmentResult.booked("TRK" + bookings.get(), new Label("TEXT", "label".getBytes(StandardCharsets.UTF_8)),
                    CustomsDeclaration.of(CustomsForm.CN23, request.category(), request.contents()), Money.of("9.00", "EUR"));
        });
    }

    @Override
    public CancelResult cancelShipment(String trackingNumber, PluginContext context) {
        return CancelResult.done();
    }

    @Override
    public TrackingInfo track(String trackingNumber, PluginContext context) {
        return new TrackingInfo(trackingNumber, TrackingStatus.IN_TRANSIT, List.of(
                new TrackingEvent(trackingNumber, TrackingStatus.IN_TRANSIT, Instant.parse("2030-01-02T00:00:00Z"), "Hub", "in transit")));
    }

    @Override
    public WebhookResult<TrackingEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        String body = new String(webhook.body(), StandardCharsets.UTF_8);
        Map<String, String> f = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            f.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        if (!"valid".equals(webhook.header("x-carrier-signature").orElse(""))) {
            return WebhookResult.rejected(Reason.of("BAD_SIGNATURE", "no"));
        }
        return WebhookResult.verified(List.of(new TrackingEvent(f.get("number"), TrackingStatus.valueOf(f.get("status")),
                Instant.parse(f.getOrDefault("at", "2030-01-03T00:00:00Z")), "Destination", "")));
    }
}
