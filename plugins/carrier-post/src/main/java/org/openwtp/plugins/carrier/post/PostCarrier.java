package org.openwtp.plugins.carrier.post;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.openwtp.plugins.support.carrier.CarrierShipments;
import org.openwtp.plugins.support.carrier.ShipmentLedger;
import org.openwtp.plugins.support.carrier.ShipmentRecord;
import org.openwtp.plugins.support.carrier.TrackingWebhookSigner;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.CarrierService;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.pf4j.Extension;

/**
 * A national post (Russian Post / China Post style) as an OpenWTP {@link Carrier}: zone and weight-bracket
 * rates from the tenant's tables, UPU weight and size limits per service, the CN22 or CN23 declaration by
 * value in SDR, S10 tracking numbers, a TEXT label, and tracking fed by signed webhooks (see
 * {@link TrackingWebhookSigner}) or, in the sandbox, by a timed schedule.
 *
 * <p>Shipments live in the context's key-value store; nothing is kept in the instance except a cache of
 * the last parsed configuration. Thread-safe.
 */
@Extension
public final class PostCarrier implements Carrier {

    private record Cached(PluginConfig config, PostTariff.Parsed parsed) {
    }

    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();

    /** Creates the extension; it needs nothing injected. */
    public PostCarrier() {
    }

    @Override
    public List<ConfigField> configFields() {
        return PostConfig.FIELDS;
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return parse(config).problems();
    }

    @Override
    public List<CarrierService> services(PluginContext context) {
        List<CarrierService> services = new ArrayList<>();
        for (PostService s : PostService.values()) {
            services.add(new CarrierService(s.name(), s.displayName(), java.util.Set.of(Incoterm.DAP)));
        }
        return List.copyOf(services);
    }

    @Override
    public RateResponse quote(RateRequest request, PluginContext context) {
        Objects.requireNonNull(request, "request must not be null");
        PostTariff tariff = tariff(context);
        Optional<Reason> route = PostRater.routeProblem(tariff, request.from().country(), request.to().country());
        if (route.isPresent()) {
            return RateResponse.cannotShip(List.of(route.get()));
        }
        List<RateQuote> quotes = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (PostService service : PostService.values()) {
            PostRater.Outcome outcome = PostRater.rate(tariff, service, request.to().country(), request.parcels());
            outcome.quote().ifPresent(quotes::add);
            reasons.addAll(outcome.reasons());
        }
        if (request.estimatedImportCharges().isPresent()) {
            reasons.add(Reason.of("DDP_NOT_OFFERED", "postal services deliver DAP only: the recipient pays import duties and taxes"));
        }
        return new RateResponse(quotes, reasons);
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request, PluginContext context) {
        Objects.requireNonNull(request, "request must not be null");
        IdempotencyKey key = CarrierShipments.requireKey(context, "createShipment");
        PostTariff tariff = tariff(context);
        ShipmentLedger ledger = new ShipmentLedger(context.store());
        String fingerprint = ShipmentLedger.sha256(request.toString());
        Optional<ShipmentRecord> earlier = ledger.bookedUnder(key);
        if (earlier.isPresent()) {
            return CarrierShipments.replay(earlier.get(), fingerprint);
        }
        PostService service = PostService.find(request.serviceCode());
        if (service == null) {
            return ShipmentResult.refused(List.of(Reason.of("UNKNOWN_SERVICE", "service '" + request.serviceCode()
                    + "' is not offered; services: " + List.of(PostService.values()))));
        }
        Optional<Reason> route = PostRater.routeProblem(tariff, request.from().country(), request.to().country());
        if (route.isPresent()) {
            return ShipmentResult.refused(List.of(route.get()));
        }
        PostRater.Outcome outcome = PostRater.rate(tariff, service, request.to().country(), request.parcels());
        if (outcome.quote().isEmpty()) {
            return ShipmentResult.refused(outcome.reasons());
        }
        CurrencyCode valueCurrency = request.contents().get(0).unitValue().currency();
        for (CustomsItem item : request.contents()) {
            if (!item.unitValue().currency().equals(valueCurrency)) {
                return ShipmentResult.refused(List.of(Reason.of("MIXED_CURRENCIES",
                        "every customs item must be valued in one currency; found " + valueCurrency + " and " + item.unitValue().currency())));
            }
        }
        RateQuote quote = outcome.quote().get();
        CustomsDeclaration draft = CustomsDeclaration.of(CustomsForm.CN23, request.category(), request.contents());
        CustomsDeclaration declaration = CustomsDeclaration.of(CustomsFormRule.formFor(service, draft.totalValue(), tariff),
                request.category(), request.contents());
        Instant now = context.clock().instant();
        ShipmentRecord booked = ledger.book(key, () -> S10.format(service.s10Indicator(), serial(), tariff.origin.code()),
                trackingNumber -> ShipmentRecord.booked(trackingNumber, request.orderReference(), service.name(), now, quote.transitDaysMax(),
                        quote.price(), fingerprint, PostLabel.render(trackingNumber, service, request.from(), request.to(), request.parcels(),
                                quote.chargeableWeight(), quote.price(), declaration, request.orderReference(), now),
                        declaration, request.from().city()));
        return CarrierShipments.replay(booked, fingerprint);
    }

    @Override
    public CancelResult cancelShipment(String trackingNumber, PluginContext context) {
        return CarrierShipments.cancel(trackingNumber, context);
    }

    @Override
    public TrackingInfo track(String trackingNumber, PluginContext context) {
        return CarrierShipments.track(trackingNumber, context, tariff(context).sandboxAutoAdvance);
    }

    @Override
    public WebhookResult<TrackingEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        PostTariff tariff = tariff(context);
        return CarrierShipments.applyWebhook(webhook, context, tariff.webhookSecret, tariff.webhookTolerance);
    }

    private String serial() {
        return String.format("%08d", random.nextInt(100_000_000));
    }

    private PostTariff.Parsed parse(PluginConfig config) {
        Cached cached = cache.get();
        if (cached != null && cached.config().equals(config)) {
            return cached.parsed();
        }
        PostTariff.Parsed parsed = PostTariff.parse(config);
        cache.set(new Cached(config, parsed));
        return parsed;
    }

    private PostTariff tariff(PluginContext context) {
        PostTariff.Parsed parsed = parse(context.config());
        if (parsed.tariff() == null) {
            throw new IllegalStateException("carrier-post configuration is invalid for tenant " + context.tenantId() + ": " + parsed.problems());
        }
        return parsed.tariff();
    }
}
