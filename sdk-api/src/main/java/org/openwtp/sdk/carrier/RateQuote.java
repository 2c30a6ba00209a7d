package org.openwtp.sdk.carrier;

import java.util.Objects;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;

/**
 * One service's price for a shipment.
 *
 * @param serviceCode       the service, as in {@link Carrier#services}
 * @param serviceName       its display name
 * @param price             the total price, more than zero; includes duties when {@code dutiesIncluded}
 * @param chargeableWeight  the weight charged for (actual or volumetric, whichever is larger)
 * @param transitDaysMin    fastest transit, in days
 * @param transitDaysMax    slowest transit, in days, not less than the fastest
 * @param incoterm          DAP or DDP
 * @param dutiesIncluded    whether the price already includes import duties and taxes
 */
public record RateQuote(String serviceCode, String serviceName, Money price, Weight chargeableWeight, int transitDaysMin,
                        int transitDaysMax, Incoterm incoterm, boolean dutiesIncluded) {

    /**
     * Validates the quote.
     *
     * @param serviceCode      the service, as in {@link Carrier#services}
     * @param serviceName      its display name
     * @param price            the total price, more than zero; includes duties when {@code dutiesIncluded}
     * @param chargeableWeight the weight charged for (actual or volumetric, whichever is larger)
     * @param transitDaysMin   fastest transit, in days
     * @param transitDaysMax   slowest transit, in days, not less than the fastest
     * @param incoterm         DAP or DDP
     * @param dutiesIncluded   whether the price already includes import duties and taxes
     */
    public RateQuote {
        Objects.requireNonNull(serviceCode, "service code must not be null");
        Objects.requireNonNull(serviceName, "service name must not be null");
        Objects.requireNonNull(price, "price must not be null");
        if (price.minorUnits() <= 0) {
            throw new IllegalArgumentException("a rate must be more than zero, was " + price);
        }
        Objects.requireNonNull(chargeableWeight, "chargeable weight must not be null");
        if (transitDaysMin < 0 || transitDaysMax < transitDaysMin) {
            throw new IllegalArgumentException("transit days must satisfy 0 <= min <= max, were " + transitDaysMin + ".." + transitDaysMax);
        }
        Objects.requireNonNull(incoterm, "incoterm must not be null");
        if (dutiesIncluded && incoterm != Incoterm.DDP) {
            throw new IllegalArgumentException("only a DDP rate can include duties");
        }
    }
}
