package org.openwtp.plugins.carrier.express;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.openwtp.plugins.support.carrier.CarrierShipments;
import org.openwtp.plugins.support.carrier.ShipmentLedger;
import org.openwtp.plugins.support.carrier.ShipmentRecord;
import org.openwtp.plugins.support.carrier.TrackingWebhookSigner;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.CarrierService;
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
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;
import org.pf4j.Extension;

/**
 * An international express courier as an OpenWTP {@link Carrier}: chargeable weight as the larger of actual
 * and volumetric weight rounded up to 0.5 kg, zone rates with a fuel surcharge, a DAP service and a DDP
 * service that prices in the destination's duty estimate, a commercial-invoice declaration, 10-digit
 * waybill numbers, a TEXT label, and tracking fed by signed webhooks (see {@link TrackingWebhookSigner}) or,
 * in the sandbox, by a timed schedule.
 *
 * <p>Shipments live in the context's key-value store; nothing is kept in the instance except a cache of
 * the last parsed configuration. Thread-safe.
 */
@Extension
public final class ExpressCarrier implements Carrier {

    private record Cached(PluginConfig config, ExpressTariff.Parsed parsed) {
    }

    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();

    /** Creates the extension; it needs nothing injected. */
    public ExpressCarrier() {
    }

    @Override
    public List<ConfigField> configFields() {
        return ExpressConfig.FIELDS;
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return parse(config).problems();
    }

    @Override
    public List<CarrierService> services(PluginContext context) {
        return List.of(new CarrierService(ExpressRater.DAP_SERVICE, "Express (DAP)", Set.of(Incoterm.DAP)),
                new CarrierService(ExpressRater.DDP_SERVICE, ExpressRater.EXPRESS_DDP_NAME, Set.of(Incoterm.DDP)));
    }

    @Override
    public RateResponse quote(RateRequest request, PluginContext context) {
        Objects.requireNonNull(request, "request must not be null");
        ExpressTariff tariff = tariff(context);
        ExpressRater.Outcome transport = ExpressRater.transport(tariff, request.from().country(), request.to().country(), request.parcels());
        if (transport.priced().isEmpty()) {
            return RateResponse.cannotShip(transport.reasons());
        }
        ExpressRater.Priced priced = transport.priced().get();
        ExpressRater.DdpCharges ddp = ExpressRater.ddpCharges(tariff, request.estimatedImportCharges());
        if (ddp.reason().isPresent()) {
            return new RateResponse(List.of(ExpressRater.dap(priced)), List.of(ddp.reason().get()));
        }
        return RateResponse.of(List.of(ExpressRater.dap(priced), ExpressRater.ddp(priced, ddp)));
    }

    /**
     * Books a shipment. The charge is the transport price (base rate plus fuel surcharge), plus the DDP
     * fee for {@code EXPRESS_DDP}; a booking carries no duty estimate, so the duties and taxes of a DDP
     * shipment are billed to the sender after clearance, as express couriers' duties-paid services do.
     */
    @Override
    public ShipmentResult createShipment(ShipmentRequest request, PluginContext context) {
        Objects.requireNonNull(request, "request must not be null");
        IdempotencyKey key = CarrierShipments.requireKey(context, "createShipment");
        ExpressTariff tariff = tariff(context);
        ShipmentLedger ledger = new ShipmentLedger(context.store());
        String fingerprint = ShipmentLedger.sha256(request.toString());
        Optional<ShipmentRecord> earlier = ledger.bookedUnder(key);
        if (earlier.isPresent()) {
            return CarrierShipments.replay(earlier.get(), fingerprint);
        }
        Incoterm incoterm;
        String serviceName;
        if (request.serviceCode().equals(ExpressRater.DAP_SERVICE)) {
            incoterm = Incoterm.DAP;
            serviceName = "Express (DAP)";
        } else if (request.serviceCode().equals(ExpressRater.DDP_SERVICE)) {
            incoterm = Incoterm.DDP;
            serviceName = ExpressRater.EXPRESS_DDP_NAME;
        } else {
            return ShipmentResult.refused(List.of(Reason.of("UNKNOWN_SERVICE", "service '" + request.serviceCode() + "' is not offered; services: "
                    + List.of(ExpressRater.DAP_SERVICE, ExpressRater.DDP_SERVICE))));
        }
        ExpressRater.Outcome transport = ExpressRater.transport(tariff, request.from().country(), request.to().country(), request.parcels());
        if (transport.priced().isEmpty()) {
            return ShipmentResult.refused(transport.reasons());
        }
        CurrencyCode valueCurrency = request.contents().get(0).unitValue().currency();
        for (CustomsItem item : request.contents()) {
            if (!item.unitValue().currency().equals(valueCurrency)) {
                return ShipmentResult.refused(List.of(Reason.of("MIXED_CURRENCIES",
                        "every invoice line must be valued in one currency; found " + valueCurrency + " and " + item.unitValue().currency())));
            }
        }
        ExpressRater.Priced priced = transport.priced().get();
        Money charge = incoterm == Incoterm.DDP ? priced.transport().plus(tariff.ddpFee) : priced.transport();
        CustomsDeclaration invoice = CustomsDeclaration.of(CustomsForm.COMMERCIAL_INVOICE, request.category(), request.contents());
        Instant now = context.clock().instant();
        ShipmentRecord booked = ledger.book(key, () -> Waybill.format(serial()),
                waybill -> ShipmentRecord.booked(waybill, request.orderReference(), request.serviceCode(), now, priced.transit().max(), charge,
                        fingerprint, ExpressLabel.render(waybill, serviceName, incoterm, request.from(), request.to(), request.parcels(),
                                priced.chargeable(), charge, invoice, request.orderReference(), now),
                        invoice, request.from().city()));
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
        ExpressTariff tariff = tariff(context);
        return CarrierShipments.applyWebhook(webhook, context, tariff.webhookSecret, tariff.webhookTolerance);
    }

    private String serial() {
        return String.format("%09d", random.nextInt(1_000_000_000));
    }

    private ExpressTariff.Parsed parse(PluginConfig config) {
        Cached cached = cache.get();
        if (cached != null && cached.config().equals(config)) {
            return cached.parsed();
        }
        ExpressTariff.Parsed parsed = ExpressTariff.parse(config);
        cache.set(new Cached(config, parsed));
        return parsed;
    }

    private ExpressTariff tariff(PluginContext context) {
        ExpressTariff.Parsed parsed = parse(context.config());
        if (parsed.tariff() == null) {
            throw new IllegalStateException("carrier-express configuration is invalid for tenant " + context.tenantId() + ": " + parsed.problems());
        }
        return parsed.tariff();
    }
}
