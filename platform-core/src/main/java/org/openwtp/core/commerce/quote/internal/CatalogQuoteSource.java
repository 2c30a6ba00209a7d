package org.openwtp.core.commerce.quote.internal;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderableQuote;
import org.openwtp.core.commerce.order.QuoteSource;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteAmounts;
import org.openwtp.core.commerce.quote.QuoteOption;
import org.openwtp.core.commerce.quote.QuoteService;
import org.openwtp.core.commerce.quote.QuotedItem;
import org.openwtp.core.http.ApiException;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.ShipmentCategory;

/**
 * The orders feature's view of stored quotes: every amount in the buyer's currency, each option with what the
 * buyer pays at checkout ({@link QuoteOption#payableAtCheckout()}: under DAP duties are paid on delivery, so
 * they are zero here unless the pavilion has the platform collect them at checkout; a DDP price already including
 * them adds nothing). Line prices are the seller's unit prices converted with the quote's own seller-to-buyer
 * rate, half up. Thread-safe.
 */
public final class CatalogQuoteSource implements QuoteSource {

    private final QuoteService quotes;
    private final Clock clock;

    /**
     * @param quotes the stored quotes
     * @param clock  the clock expiry is judged by
     */
    @Inject
    public CatalogQuoteSource(QuoteService quotes, Clock clock) {
        this.quotes = quotes;
        this.clock = clock;
    }

    @Override
    public OrderableQuote findValid(TenantId tenant, String quoteId) {
        Quote quote = quotes.find(tenant, quoteId).orElseThrow(() -> new ApiException(CommerceErrors.QUOTE_NOT_FOUND,
                "no quote '" + clip(quoteId) + "' here; ask for one with POST /v1/quotes"));
        if (quote.isExpiredAt(clock.instant())) {
            throw new ApiException(CommerceErrors.QUOTE_EXPIRED, "quote " + quote.id() + " expired at " + quote.expiresAt()
                    + "; ask for a new one with POST /v1/quotes");
        }
        Optional<ExchangeRate> rate = quote.sellerToBuyerRate();
        List<OrderableQuote.Line> lines = quote.items().stream()
                .map(item -> new OrderableQuote.Line(item.productId(), item.title(), item.quantity(), inBuyerCurrency(item, rate)))
                .toList();
        List<OrderableQuote.Option> options = quote.options().stream().map(o -> {
            QuoteAmounts pay = o.payableAtCheckout();
            Money zero = Money.zero(pay.currency());
            return new OrderableQuote.Option(o.id(), o.carrierPluginId(), o.serviceCode(), o.incoterm(), pay.goods(), pay.shipping(),
                    pay.duties().orElse(zero), pay.taxes().orElse(zero), pay.total(), quote.parcels(), quote.customsItems(),
                    ShipmentCategory.SALE_OF_GOODS);
        }).toList();
        return new OrderableQuote(quote.id(), quote.sellerId(), quote.expiresAt(), quote.shipFrom(), quote.shipTo(), lines, options);
    }

    private static Money inBuyerCurrency(QuotedItem item, Optional<ExchangeRate> rate) {
        return rate.map(r -> r.convert(item.unitPrice(), QuoteService.FX_ROUNDING)).orElse(item.unitPrice());
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
