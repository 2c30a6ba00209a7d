package org.openwtp.core.commerce.quote;

import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * What one option costs, itemised, in one currency.
 *
 * @param goods    the products
 * @param shipping the carrier's price (for a DDP option that includes duties, with them)
 * @param duties   duties and customs fees the buyer pays on top; zero when the carrier's price includes
 *                 them; empty when they could not be estimated (never a silent zero)
 * @param taxes    import VAT/GST and consumption taxes on top, with the same rules as duties
 * @param total    goods + shipping + duties + taxes (the estimated parts only)
 */
public record QuoteAmounts(Money goods, Money shipping, Optional<Money> duties, Optional<Money> taxes, Money total) {

    /** Validates that everything is in one currency and adds up. */
    public QuoteAmounts {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(duties, "duties");
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(total, "total");
        Money sum = goods.plus(shipping).plus(duties.orElse(Money.zero(goods.currency()))).plus(taxes.orElse(Money.zero(goods.currency())));
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("total " + total + " is not the sum of its parts " + sum);
        }
    }

    /**
     * Amounts whose total is the sum of the parts.
     *
     * @param goods    goods
     * @param shipping shipping
     * @param duties   duties, or empty if not estimated
     * @param taxes    taxes, or empty if not estimated
     * @return the amounts
     */
    public static QuoteAmounts of(Money goods, Money shipping, Optional<Money> duties, Optional<Money> taxes) {
        Money total = goods.plus(shipping).plus(duties.orElse(Money.zero(goods.currency()))).plus(taxes.orElse(Money.zero(goods.currency())));
        return new QuoteAmounts(goods, shipping, duties, taxes, total);
    }

    /** @return the currency of every amount */
    public CurrencyCode currency() {
        return goods.currency();
    }
}
