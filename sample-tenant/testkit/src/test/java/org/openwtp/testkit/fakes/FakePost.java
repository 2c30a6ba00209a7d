package org.openwtp.testkit.fakes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.CarrierService;
import org.openwtp.sdk.carrier.Label;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.openwtp.testkit.TestWebhooks;

/**
 * A tiny, correct national post: two DAP services priced per started kilogram in EUR, a weight limit,
 * a list of destinations, CN22 or CN23 by value, S10 tracking numbers and signed tracking webhooks.
 * Its state lives in the context's store. Thread-safe (every mutating operation is synchronized).
 */
public class FakePost implements Carrier {
    /** The header carrying the hex HMAC-SHA256 of the body. */
    public static final String SIGNATURE_HEADER = "X-Post-Signature";
    private static final int DIVISOR = 6000;

    @Override
    public List<ConfigField> configFields() {
        return List.of(
                ConfigField.withDefault("maxWeightKg", ConfigFieldType.INTEGER, "20", "heaviest parcel accepted, kg"),
                ConfigField.withDefault("destinations", ConfigFieldType.STRING, "CN,DE,KZ,RU", "countries served, comma separated"),
                ConfigField.optional("webhookSecret", ConfigFieldType.SECRET, "secret tracking webhooks are signed with"));
    }

    @Override
    public List<CarrierService> services(PluginContext context) {
        return List.of(new CarrierService("ECONOMY", "Economy parcel", Set.of(Incoterm.DAP)),
                new CarrierService("PRIORITY", "Priority parcel", Set.of(Incoterm.DAP)));
    }

    @Override
    public RateResponse quote(RateRequest request, PluginContext context) {
        if (!Arrays.asList(context.config().string("destinations").split(",")).contains(request.to().country().code())) {
            return RateResponse.cannotShip(List.of(Reason.of("NO_SERVICE_TO_DESTINATION", "no service to " + request.to().country())));
        }
        Weight actual = request.parcels().stream().map(Parcel::actualWeight).reduce(Weight.ofGrams(0), Weight::plus);
        if (actual.grams() > maxWeightGrams(context)) {
            return RateResponse.cannotShip(List.of(Reason.of("OVER_WEIGHT_LIMIT", "parcels weigh " + actual + ", the limit is " + context.config().integer("maxWeightKg") + " kg")));
        }
        Weight chargeable = request.parcels().stream().map(p -> p.chargeableWeight(DIVISOR)).reduce(Weight.ofGrams(0), Weight::plus);
        long startedKg = (chargeable.grams() + 999) / 1000;
        Money economy = Money.of("8.00", "EUR").plus(Money.of("4.00", "EUR").times(startedKg));
        Money priority = economy.times(new BigDecimal("1.6"), RoundingMode.HALF_UP);
        return RateResponse.of(List.of(
                new RateQuote("ECONOMY", "Economy parcel", economy, chargeable, 10, 20, Incoterm.DAP, false),
                new RateQuote("PRIORITY", "Priority parcel", priority, chargeable, 5, 9, Incoterm.DAP, false)));
    }

    /**
     * The weight limit.
     *
     * @param context the call context
     * @return grams
     */
    protected long maxWeightGrams(PluginContext context) {
        return context.config().integer("maxWeightKg") * 1000;
    }

    @Override
    public synchronized ShipmentResult createShipment(ShipmentRequest request, PluginContext context) {
        String slot = "idem:ship:" + context.idempotencyKey().orElseThrow(() -> new IllegalArgumentException("createShipment needs an idempotency key")).value();
        Optional<String> earlier = context.store().get(slot);
        RateResponse rates = quote(new RateRequest(request.from(), request.to(), request.parcels(), request.contents(),
                org.openwtp.testkit.SampleTrade.value(request.contents()), Optional.empty()), context);
        Optional<RateQuote> rate = rates.quotes().stream().filter(q -> q.serviceCode().equals(request.serviceCode())).findFirst();
        if (rate.isEmpty()) {
            List<Reason> reasons = new ArrayList<>(rates.reasons());
            if (reasons.isEmpty()) {
                reasons.add(Reason.of("UNKNOWN_SERVICE", "no service " + request.serviceCode() + "; use ECONOMY or PRIORITY"));
            }
            return ShipmentResult.refused(reasons);
        }
        String tracking;
        if (earlier.isPresent()) {
            tracking = earlier.get();
        } else {
            long seq = context.store().get("seq").map(Long::parseLong).orElse(0L) + 1;
            context.store().put("seq", Long.toString(seq));
            tracking = s10(seq);
            context.store().put(slot, tracking);
            context.store().put("shipment:" + tracking, "LABEL_CREATED|" + context.clock().instant());
        }
        Money value = org.openwtp.testkit.SampleTrade.value(request.contents());
        CustomsForm form = value.currency().code().equals("EUR") && value.compareTo(Money.of("300.00", "EUR")) < 0 ? CustomsForm.CN22 : CustomsForm.CN23;
        Label label = new Label("TEXT", ("POST " + tracking + "\nTO " + request.to().name()).getBytes(StandardCharsets.UTF_8));
        return ShipmentResult.booked(tracking, label, CustomsDeclaration.of(form, request.category(), request.contents()), rate.get().price());
    }

    @Override
    public synchronized CancelResult cancelShipment(String trackingNumber, PluginContext context) {
        String[] shipment = shipment(trackingNumber, context);
        if (shipment[0].equals("CANCELLED")) {
            return CancelResult.done();
        }
        if (!shipment[0].equals("LABEL_CREATED")) {
            return CancelResult.refused(Reason.of("ALREADY_IN_TRANSIT", "the post already has " + trackingNumber));
        }
        context.store().put("shipment:" + trackingNumber, "CANCELLED|" + shipment[1] + "|" + context.clock().instant());
        return CancelResult.done();
    }

    @Override
    public TrackingInfo track(String trackingNumber, PluginContext context) {
        String[] shipment = shipment(trackingNumber, context);
        List<TrackingEvent> events = new ArrayList<>();
        events.add(new TrackingEvent(trackingNumber, TrackingStatus.LABEL_CREATED, Instant.parse(shipment[1]), "", "label printed"));
        if (shipment[0].equals("CANCELLED")) {
            events.add(new TrackingEvent(trackingNumber, TrackingStatus.CANCELLED, Instant.parse(shipment[2]), "", "cancelled by the sender"));
        }
        return new TrackingInfo(trackingNumber, TrackingStatus.valueOf(shipment[0]), events);
    }

    @Override
    public WebhookResult<TrackingEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        Optional<String> secret = context.config().find("webhookSecret");
        Optional<String> signature = webhook.header(SIGNATURE_HEADER);
        if (secret.isEmpty() || signature.isEmpty() || !MessageDigest.isEqual(
                TestWebhooks.hmacSha256Hex(secret.get(), webhook.body()).getBytes(StandardCharsets.US_ASCII), signature.get().getBytes(StandardCharsets.US_ASCII))) {
            return WebhookResult.rejected(Reason.of("INVALID_SIGNATURE", "the signature does not match the body"));
        }
        String[] f = new String(webhook.body(), StandardCharsets.UTF_8).split(";");
        try {
            return WebhookResult.verified(List.of(new TrackingEvent(f[0], TrackingStatus.valueOf(f[1]), Instant.parse(f[2]), f.length > 3 ? f[3] : "", "")));
        } catch (RuntimeException e) {
            return WebhookResult.rejected(Reason.of("MALFORMED_BODY", "expected tracking;status;time[;location]"));
        }
    }

    private static String[] shipment(String trackingNumber, PluginContext context) {
        return context.store().get("shipment:" + trackingNumber)
                .orElseThrow(() -> new IllegalArgumentException("unknown tracking number " + trackingNumber))
                .split("\\|");
    }

    /** A UPU S10 number: RR, 8 digits, check digit, KZ. */
    private static String s10(long serial) {
        String digits = String.format("%08d", serial);
        int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return "RR" + digits + check + "KZ";
    }
}
