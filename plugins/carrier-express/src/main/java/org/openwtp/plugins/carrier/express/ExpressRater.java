package org.openwtp.plugins.carrier.express;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/**
 * The express courier's pricing rules. Stateless and thread-safe.
 *
 * <ol>
 *   <li>Chargeable weight: for each piece the larger of its actual weight and its volumetric weight
 *       (L × W × H in cm³ / divisor), summed over the pieces, then rounded up to the next 0.5 kg.</li>
 *   <li>Base rate: the zone's first bracket at or above the chargeable weight; above the heaviest bracket,
 *       its price plus the extra price for every additional 0.5 kg.</li>
 *   <li>Fuel surcharge: a percentage of the base rate, rounded half up to the currency's minor unit.</li>
 *   <li>DDP: transport (base + fuel) plus the destination's estimated duties and taxes, converted into the
 *       courier's currency and rounded up, plus the DDP handling fee. No fuel surcharge on duties or fee.</li>
 * </ol>
 */
final class ExpressRater {

    /** A priced transport, before any DDP charges. */
    record Priced(Weight chargeable, Money base, Money fuel, Money transport, ExpressTariff.Transit transit) {
    }

    /** Transport or the reasons it cannot be priced. */
    record Outcome(Optional<Priced> priced, List<Reason> reasons) {
    }

    static final String DAP_SERVICE = "EXPRESS";
    static final String DDP_SERVICE = "EXPRESS_DDP";

    private ExpressRater() {
    }

    /** The chargeable weight of a shipment. */
    static Weight chargeableWeight(List<Parcel> parcels, int divisor) {
        long grams = 0;
        for (Parcel p : parcels) {
            grams += p.chargeableWeight(divisor).grams();
        }
        return Weight.ofGrams((grams + 499) / 500 * 500);
    }

    /**
     * Prices the transport of a shipment, or says why it cannot be carried.
     */
    static Outcome transport(ExpressTariff tariff, CountryCode from, CountryCode to, List<Parcel> parcels) {
        if (from.equals(to)) {
            return refused(Reason.of("DOMESTIC_NOT_OFFERED", "this courier carries international shipments only; both ends are in " + to));
        }
        Optional<String> zone = tariff.zoneOf(to);
        if (zone.isEmpty() || !tariff.serves(zone.get())) {
            return refused(Reason.of("NO_SERVICE_TO_DESTINATION", "the courier has no zone with rates for " + to));
        }
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            Parcel p = parcels.get(i);
            String which = parcels.size() == 1 ? "the piece" : "piece " + (i + 1);
            if (p.actualWeight().grams() > tariff.maxPieceGrams) {
                reasons.add(Reason.of("OVER_WEIGHT_LIMIT", which + " weighs " + p.actualWeight() + ", over the "
                        + Weight.ofGrams(tariff.maxPieceGrams) + " limit per piece"));
            }
            int[] sides = {p.dimensions().lengthMm(), p.dimensions().widthMm(), p.dimensions().heightMm()};
            Arrays.sort(sides);
            int[] max = tariff.maxPieceSortedMm;
            if (sides[0] > max[0] || sides[1] > max[1] || sides[2] > max[2]) {
                reasons.add(Reason.of("OVER_SIZE_LIMIT", which + " measures " + sides[2] / 10.0 + " x " + sides[1] / 10.0 + " x " + sides[0] / 10.0
                        + " cm, over the " + max[2] / 10 + " x " + max[1] / 10 + " x " + max[0] / 10 + " cm limit per piece"));
            }
        }
        if (!reasons.isEmpty()) {
            return new Outcome(Optional.empty(), List.copyOf(reasons));
        }
        Weight chargeable = chargeableWeight(parcels, tariff.volumetricDivisor);
        Optional<Money> base = tariff.basePrice(zone.get(), chargeable);
        if (base.isEmpty()) {
            return refused(Reason.of("NO_RATE_FOR_WEIGHT", "chargeable weight " + chargeable + " is above the heaviest bracket of zone "
                    + zone.get() + " and the bracket has no extra price per 0.5 kg"));
        }
        Money fuel = base.get().percent(tariff.fuelSurchargePercent, RoundingMode.HALF_UP);
        return new Outcome(Optional.of(new Priced(chargeable, base.get(), fuel, base.get().plus(fuel), tariff.transit(zone.get()).orElseThrow())),
                List.of());
    }

    /** The DAP quote for priced transport. */
    static RateQuote dap(Priced priced) {
        return new RateQuote(DAP_SERVICE, "Express (DAP, duties paid by the recipient)", priced.transport(), priced.chargeable(),
                priced.transit().min(), priced.transit().max(), Incoterm.DAP, false);
    }

    /** What DDP adds to transport: the converted duty estimate and the fee, or why DDP is not offered. */
    record DdpCharges(Optional<Money> duties, Optional<Money> fee, Optional<Reason> reason) {
        static DdpCharges refused(Reason reason) {
            return new DdpCharges(Optional.empty(), Optional.empty(), Optional.of(reason));
        }
    }

    static final String EXPRESS_DDP_NAME = "Express DDP";

    /** The duties (converted into the courier's currency, rounded up) and fee a DDP quote adds, or why not. */
    static DdpCharges ddpCharges(ExpressTariff tariff, Optional<Money> estimate) {
        if (estimate.isEmpty()) {
            return DdpCharges.refused(Reason.of("DDP_NEEDS_ESTIMATE", EXPRESS_DDP_NAME
                    + " is offered only with the destination's estimate of duties and taxes; none was given"));
        }
        Money duties = estimate.get();
        if (duties.isNegative()) {
            return DdpCharges.refused(Reason.of("DDP_NEEDS_ESTIMATE", "the duty estimate " + duties + " is negative"));
        }
        Optional<BigDecimal> rate = tariff.conversionFrom(duties.currency());
        if (rate.isEmpty()) {
            return DdpCharges.refused(Reason.of("DDP_CURRENCY_NOT_SUPPORTED", "the duty estimate is in " + duties.currency()
                    + " but quotes are in " + tariff.currency + " and 'ddpConversionRates' has no " + duties.currency() + "/"
                    + tariff.currency + " rate"));
        }
        Money converted = Money.rounded(duties.amount().multiply(rate.get()), tariff.currency, RoundingMode.CEILING);
        return new DdpCharges(Optional.of(converted), Optional.of(tariff.ddpFee), Optional.empty());
    }

    /** The DDP quote: transport plus duties plus fee. */
    static RateQuote ddp(Priced transport, DdpCharges charges) {
        return new RateQuote(DDP_SERVICE, EXPRESS_DDP_NAME + " (duties and taxes paid by the sender)",
                transport.transport().plus(charges.duties().orElseThrow()).plus(charges.fee().orElseThrow()),
                transport.chargeable(), transport.transit().min(), transport.transit().max(), Incoterm.DDP, true);
    }

    private static Outcome refused(Reason reason) {
        return new Outcome(Optional.empty(), List.of(reason));
    }
}
