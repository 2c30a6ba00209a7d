package org.openwtp.core.commerce.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.ShipmentCategory;

/**
 * What an order needs from a quote: the goods, the two addresses and the carrier options with their
 * landed cost in the currency the buyer pays in.
 *
 * @param quoteId   the quote
 * @param sellerId  the seller of every line
 * @param expiresAt after this the quote cannot be ordered
 * @param shipFrom  the seller's dispatch address
 * @param shipTo    the buyer's address
 * @param lines     the goods
 * @param options   one per carrier service
 */
public record OrderableQuote(String quoteId, String sellerId, Instant expiresAt, Address shipFrom, Address shipTo,
                             List<Line> lines, List<Option> options) {

    /** Validates and copies. */
    public OrderableQuote {
        Objects.requireNonNull(quoteId, "quoteId must not be null");
        Objects.requireNonNull(sellerId, "sellerId must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        Objects.requireNonNull(shipFrom, "shipFrom must not be null");
        Objects.requireNonNull(shipTo, "shipTo must not be null");
        lines = List.copyOf(lines);
        options = List.copyOf(options);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one line");
        }
    }

    /**
     * One option by id.
     *
     * @param optionId the option
     * @return it, or empty
     */
    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.optionId().equals(optionId)).findFirst();
    }

    /**
     * One product line.
     *
     * @param productId the product (its stock is reserved)
     * @param title     the product's title at quote time
     * @param quantity  how many, at least 1
     * @param unitPrice the price of one, in the currency the buyer pays in
     */
    public record Line(String productId, String title, int quantity, Money unitPrice) {

        /** Validates. */
        public Line {
            Objects.requireNonNull(productId, "productId must not be null");
            Objects.requireNonNull(title, "title must not be null");
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
            }
            Objects.requireNonNull(unitPrice, "unitPrice must not be null");
        }
    }

    /**
     * One carrier option with its landed cost, all amounts in one currency.
     *
     * @param optionId        the option's id within the quote
     * @param carrierPluginId the carrier plugin
     * @param serviceCode     the carrier's service
     * @param incoterm        DAP or DDP
     * @param goods           goods total
     * @param shipping        shipping
     * @param duties          import duties collected at checkout (zero under DAP)
     * @param taxes           import taxes collected at checkout
     * @param total           what the buyer pays
     * @param parcels         the parcels rated
     * @param customsItems    the customs declaration's items
     * @param category        the customs category
     */
    public record Option(String optionId, String carrierPluginId, String serviceCode, Incoterm incoterm, Money goods,
                         Money shipping, Money duties, Money taxes, Money total, List<Parcel> parcels,
                         List<CustomsItem> customsItems, ShipmentCategory category) {

        /** Validates and copies. */
        public Option {
            Objects.requireNonNull(optionId, "optionId must not be null");
            Objects.requireNonNull(carrierPluginId, "carrierPluginId must not be null");
            Objects.requireNonNull(serviceCode, "serviceCode must not be null");
            Objects.requireNonNull(incoterm, "incoterm must not be null");
            Objects.requireNonNull(goods, "goods must not be null");
            Objects.requireNonNull(shipping, "shipping must not be null");
            Objects.requireNonNull(duties, "duties must not be null");
            Objects.requireNonNull(taxes, "taxes must not be null");
            Objects.requireNonNull(total, "total must not be null");
            parcels = List.copyOf(parcels);
            customsItems = List.copyOf(customsItems);
            Objects.requireNonNull(category, "category must not be null");
            if (!total.equals(goods.plus(shipping).plus(duties).plus(taxes))) {
                throw new IllegalArgumentException("total " + total + " is not goods + shipping + duties + taxes");
            }
        }
    }
}
