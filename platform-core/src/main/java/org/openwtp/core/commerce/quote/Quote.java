package org.openwtp.core.commerce.quote;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Parcel;

/**
 * A stored landed-cost quote: what was asked, what was answered, until when it holds. Orders are placed
 * from one of its options before {@link #expiresAt()}; everything an order and a shipment need is here
 * (seller, items, parcels, customs lines, the chosen option's carrier and service).
 *
 * @param id                    {@code quo_...}
 * @param tenant                the tenant
 * @param sellerId              the one seller of every item
 * @param sellerPavilionId      the seller's pavilion
 * @param shipFrom              the seller's address
 * @param shipTo                the buyer's address
 * @param buyerReference        the buyer reference given, may be empty
 * @param sellerCurrency        the currency of the products' prices
 * @param buyerCurrency         the currency the buyer asked for
 * @param items                 the lines, prices frozen
 * @param parcels               the parcels the items pack into
 * @param customsItems          the customs lines (one per item, valued in the seller's currency)
 * @param goods                 the goods' value in the seller's currency
 * @param destinationPavilionId the pavilion of the buyer's country that assessed duties, if any
 * @param dutiesEstimated       whether duties and taxes are estimated at all (false: see the warnings)
 * @param options               the carrier options, cheapest first
 * @param fxRates               every exchange rate used, with its as-of time and source
 * @param warnings              carriers that dropped out, duties not estimated, pavilion notes
 * @param createdAt             when quoted
 * @param expiresAt             until when an order can be placed from it
 */
public record Quote(String id, TenantId tenant, String sellerId, String sellerPavilionId, Address shipFrom, Address shipTo,
                    String buyerReference, CurrencyCode sellerCurrency, CurrencyCode buyerCurrency, List<QuotedItem> items,
                    List<Parcel> parcels, List<CustomsItem> customsItems, Money goods, Optional<String> destinationPavilionId,
                    boolean dutiesEstimated, List<QuoteOption> options, List<ExchangeRate> fxRates,
                    List<QuoteWarning> warnings, Instant createdAt, Instant expiresAt) {

    /** Validates and copies. */
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(sellerPavilionId, "sellerPavilionId");
        Objects.requireNonNull(shipFrom, "shipFrom");
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(buyerReference, "buyerReference");
        Objects.requireNonNull(sellerCurrency, "sellerCurrency");
        Objects.requireNonNull(buyerCurrency, "buyerCurrency");
        items = List.copyOf(items);
        parcels = List.copyOf(parcels);
        customsItems = List.copyOf(customsItems);
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(destinationPavilionId, "destinationPavilionId");
        options = List.copyOf(options);
        fxRates = List.copyOf(fxRates);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * One option.
     *
     * @param optionId e.g. {@code opt-1}
     * @return the option, or empty
     */
    public Optional<QuoteOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /**
     * The rate the goods were converted into the buyer's currency with (to price single lines in it).
     *
     * @return the seller-to-buyer rate, or empty when both currencies are the same
     */
    public Optional<ExchangeRate> sellerToBuyerRate() {
        return fxRates.stream().filter(r -> r.base().equals(sellerCurrency) && r.quote().equals(buyerCurrency)).findFirst();
    }

    /**
     * Whether the quote no longer holds.
     *
     * @param now the time
     * @return true at or after {@link #expiresAt()}
     */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
