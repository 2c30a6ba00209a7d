package org.openwtp.core.commerce.quote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
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

    /**
     * What the buyer pays at checkout, in the buyer's currency: goods and shipping, plus duties and taxes only
     * when the seller collects them (DDP whose carrier price does not already include them). Under DAP the
     * buyer pays duties and taxes to customs on delivery, so they are zero here (they stay in {@link #buyer()},
     * the landed cost).
     *
     * @return the checkout amounts
     */
    public QuoteAmounts payableAtCheckout() {
        boolean collected = incoterm() == Incoterm.DDP && !dutiesIncludedInShipping;
        Money zero = Money.zero(buyer.currency());
        return QuoteAmounts.of(buyer.goods(), buyer.shipping(),
                Optional.of(collected ? buyer.duties().orElse(zero) : zero),
                Optional.of(collected ? buyer.taxes().orElse(zero) : zero));
    }
}
