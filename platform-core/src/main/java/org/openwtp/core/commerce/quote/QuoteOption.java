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
 * @param importChargesAtCheckout  whether the pavilion has the platform collect them at checkout whatever the incoterm
 *                                 ({@link org.openwtp.sdk.pavilion.ImportAssessment#collectedAtCheckout()}, e.g.
 *                                 China's CBEC taxes); false for quotes stored before this existed
 * @param seller                   the amounts in the seller's currency (the landed cost)
 * @param buyer                    the amounts in the buyer's currency (the landed cost)
 */
public record QuoteOption(String id, String carrierPluginId, RateQuote rate, boolean dutiesEstimated,
                          boolean dutiesIncludedInShipping, List<ImportCharge> importCharges, boolean importChargesAtCheckout,
                          QuoteAmounts seller, QuoteAmounts buyer) {

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
     * @param newId the option's id within its quote
     * @return this option under another id
     */
    public QuoteOption withId(String newId) {
        return new QuoteOption(newId, carrierPluginId, rate, dutiesEstimated, dutiesIncludedInShipping, importCharges,
                importChargesAtCheckout, seller, buyer);
    }

    /**
     * When the buyer pays the import charges: already in a DDP price that includes them; at checkout under DDP
     * or when the pavilion has the platform withhold them; otherwise (DAP) to customs on delivery.
     *
     * @return when
     */
    public ImportChargesPaid importChargesPaid() {
        if (dutiesIncludedInShipping) {
            return ImportChargesPaid.IN_SHIPPING_PRICE;
        }
        return incoterm() == Incoterm.DDP || importChargesAtCheckout ? ImportChargesPaid.AT_CHECKOUT : ImportChargesPaid.ON_DELIVERY;
    }

    /**
     * What the buyer pays at checkout, in the buyer's currency: goods and shipping, plus duties and taxes only
     * when they are paid {@link ImportChargesPaid#AT_CHECKOUT}. Paid on delivery, or already in the carrier's
     * price, they are zero here (they stay in {@link #buyer()}, the landed cost).
     *
     * @return the checkout amounts
     */
    public QuoteAmounts payableAtCheckout() {
        return atCheckout(buyer);
    }

    /**
     * {@link #payableAtCheckout()} in the seller's currency.
     *
     * @return the checkout amounts
     */
    public QuoteAmounts payableAtCheckoutInSellerCurrency() {
        return atCheckout(seller);
    }

    private QuoteAmounts atCheckout(QuoteAmounts landed) {
        boolean collected = importChargesPaid() == ImportChargesPaid.AT_CHECKOUT;
        Money zero = Money.zero(landed.currency());
        return QuoteAmounts.of(landed.goods(), landed.shipping(),
                Optional.of(collected ? landed.duties().orElse(zero) : zero),
                Optional.of(collected ? landed.taxes().orElse(zero) : zero));
    }
}
