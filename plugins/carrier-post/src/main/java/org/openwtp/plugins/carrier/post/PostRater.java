package org.openwtp.plugins.carrier.post;

import java.util.ArrayList;
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
 * Prices a shipment for one service under a tariff, or says why the service cannot take it: the route
 * (origin, destination zone), each parcel's weight and size limits, and the rate table. Each parcel is a
 * separate postal item, priced on its own; the quote is their sum. Stateless and thread-safe.
 */
final class PostRater {

    /** A priced service, or the reasons it cannot take the shipment. */
    record Outcome(Optional<RateQuote> quote, List<Reason> reasons) {
    }

    private PostRater() {
    }

    /**
     * Why the post cannot carry anything between two countries, if it cannot.
     *
     * @return the reason, or empty when the route is served
     */
    static Optional<Reason> routeProblem(PostTariff tariff, CountryCode from, CountryCode to) {
        if (!from.equals(tariff.origin)) {
            return Optional.of(Reason.of("ORIGIN_NOT_SERVED", "this post accepts items posted in " + tariff.origin + " only, not " + from));
        }
        if (to.equals(tariff.origin)) {
            return Optional.of(Reason.of("DOMESTIC_NOT_OFFERED", "this plugin offers international services only; " + to + " is the origin"));
        }
        if (tariff.zoneOf(to).isEmpty()) {
            return Optional.of(Reason.of("NO_SERVICE_TO_DESTINATION", "the post has no zone for " + to + " in its 'zones' table"));
        }
        return Optional.empty();
    }

    /**
     * Prices one service; call only for a served route.
     *
     * @param tariff  the tariff
     * @param service the service
     * @param to      the destination
     * @param parcels the items
     * @return the quote or the reasons
     */
    static Outcome rate(PostTariff tariff, PostService service, CountryCode to, List<Parcel> parcels) {
        String zone = tariff.zoneOf(to).orElseThrow();
        if (!tariff.serves(service, zone)) {
            return refused(Reason.of("NO_RATE_TO_DESTINATION", service + ": no rate to " + to + " (zone " + zone + ") in the 'rates' table"));
        }
        List<Reason> reasons = new ArrayList<>();
        Money total = Money.zero(tariff.currency);
        Weight charged = Weight.ofGrams(0);
        for (int i = 0; i < parcels.size(); i++) {
            Parcel parcel = parcels.get(i);
            String which = parcels.size() == 1 ? "the parcel" : "parcel " + (i + 1);
            int before = reasons.size();
            checkLimits(tariff, service, which, parcel, reasons);
            if (reasons.size() > before) {
                continue;
            }
            Weight weight = service.volumetric() ? parcel.chargeableWeight(tariff.volumetricDivisor) : parcel.actualWeight();
            Optional<Money> price = tariff.price(service, zone, weight);
            if (price.isEmpty()) {
                reasons.add(Reason.of("NO_RATE_FOR_WEIGHT", service + ": " + which + " is charged as " + weight
                        + ", above the heaviest bracket (" + tariff.tableMax(service, zone) + ") of zone " + zone + " in the 'rates' table"));
                continue;
            }
            total = total.plus(price.get());
            charged = charged.plus(weight);
        }
        if (!reasons.isEmpty()) {
            return new Outcome(Optional.empty(), List.copyOf(reasons));
        }
        PostTariff.Transit transit = tariff.transit(service, zone).orElseThrow();
        return new Outcome(Optional.of(new RateQuote(service.name(), service.displayName(), total, charged, transit.min(), transit.max(),
                Incoterm.DAP, false)), List.of());
    }

    private static void checkLimits(PostTariff tariff, PostService service, String which, Parcel parcel, List<Reason> reasons) {
        long max = tariff.maxGrams(service);
        if (parcel.actualWeight().grams() > max) {
            reasons.add(Reason.of("OVER_WEIGHT_LIMIT", service + ": " + which + " weighs " + parcel.actualWeight() + ", over the "
                    + Weight.ofGrams(max) + " limit of a " + service.displayName().toLowerCase(java.util.Locale.ROOT) + " item"));
        }
        var d = parcel.dimensions();
        if (d.longestSideMm() > service.maxSideMm()) {
            reasons.add(Reason.of("OVER_SIZE_LIMIT", service + ": " + which + " has a longest side of " + d.longestSideMm()
                    + " mm, over the " + service.maxSideMm() + " mm limit"));
        }
        int sum = d.lengthMm() + d.widthMm() + d.heightMm();
        if (service.maxSumOfSidesMm() > 0 && sum > service.maxSumOfSidesMm()) {
            reasons.add(Reason.of("OVER_SIZE_LIMIT", service + ": " + which + " measures " + sum
                    + " mm in length + width + depth, over the " + service.maxSumOfSidesMm() + " mm limit"));
        }
        if (service.maxLengthPlusGirthMm() > 0 && d.lengthPlusGirthMm() > service.maxLengthPlusGirthMm()) {
            reasons.add(Reason.of("OVER_SIZE_LIMIT", service + ": " + which + " measures " + d.lengthPlusGirthMm()
                    + " mm in length plus girth, over the " + service.maxLengthPlusGirthMm() + " mm limit"));
        }
    }

    private static Outcome refused(Reason reason) {
        return new Outcome(Optional.empty(), List.of(reason));
    }
}
