package org.openwtp.core.commerce.quote;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.trade.Incoterm;

/**
 * One way to ship a quote: a carrier's service, its price and the landed cost with it.
 *
 * @param id                       stable within the quote, e.g. {@code opt-1}; orders name it
 * @param carrierPluginId          the carrier plugin
 * @param rate                     the carrier's answer as given (service, price in its currency, weight, transit, incoterm)
 * @param dutiesEstimated          whether duties and taxes are known for this option
 * @param dutiesIncludedInShipping whether the carrier's (DDP) price already includes them, so they are not added again
 * @param importCharges            the destination pavilion's charges (in its currency), empty if not estimated
 * @param seller                   the amounts in the seller's currency
 * @param buyer                    the amounts in the buyer's currency
 */
public record QuoteOption(String id, String carrierPluginId, RateQuote rate, boolean dutiesEstimated,
                          boolean dutiesIncludedInShipping, List<ImportCharge> importCharges, QuoteAmounts seller,
                          QuoteAmounts buyer) {

    /** Validates and copies. */
    public QuoteOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(carrierPluginId, "carrierPluginId");
        Objects.requireNonNull(rate, "rate");
        importCharges = List.copyOf(importCharges);
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
    }

    /** @return the carrier's service code, e.g. {@code EMS} */
    public String serviceCode() {
        return rate.serviceCode();
    }

    /** @return DAP or DDP */
    public Incoterm incoterm() {
        return rate.incoterm();
    }
}
