package org.openwtp.core.commerce.quote.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.core.commerce.AddressJson;
import org.openwtp.core.commerce.Fields;
import org.openwtp.core.commerce.MoneyJson;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteAmounts;
import org.openwtp.core.commerce.quote.QuoteItem;
import org.openwtp.core.commerce.quote.QuoteOption;
import org.openwtp.core.commerce.quote.QuoteRequest;
import org.openwtp.core.commerce.quote.QuoteService;
import org.openwtp.core.commerce.quote.QuoteWarning;
import org.openwtp.core.commerce.quote.QuotedItem;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.trade.Parcel;

/** {@code /v1/quotes}: landed-cost quotes. Thread-safe. */
public final class QuoteResource implements ApiResource {

    private final QuoteService quotes;
    private final Clock clock;

    /**
     * @param quotes the quote service
     * @param clock  the clock (for the expired flag)
     */
    @Inject
    public QuoteResource(QuoteService quotes, Clock clock) {
        this.quotes = quotes;
        this.clock = clock;
    }

    /** A line. @param productId the product @param quantity units */
    public record Line(String productId, Integer quantity) {
    }

    /**
     * A quote request.
     *
     * @param items          1 to 50 lines, all from one seller
     * @param shipTo         the buyer's address
     * @param currency       the buyer's currency (ISO 4217)
     * @param buyerReference optional stable buyer reference (per-person import limits)
     */
    public record CreateQuote(List<Line> items, AddressJson shipTo, String currency, String buyerReference) {
    }

    /** Amounts in one currency; duties and taxes are null when not estimated. */
    public record AmountsView(MoneyJson goods, MoneyJson shipping, MoneyJson duties, MoneyJson taxes, MoneyJson total) {
        static AmountsView of(QuoteAmounts a) {
            return new AmountsView(MoneyJson.of(a.goods()), MoneyJson.of(a.shipping()), a.duties().map(MoneyJson::of).orElse(null),
                    a.taxes().map(MoneyJson::of).orElse(null), MoneyJson.of(a.total()));
        }
    }

    /** One import charge. */
    public record ChargeView(String type, String description, MoneyJson amount, String hsCode) {
        static ChargeView of(ImportCharge c) {
            return new ChargeView(c.type().name(), c.description(), MoneyJson.of(c.amount()), c.hsCode().map(Object::toString).orElse(null));
        }
    }

    /** What the buyer pays when ordering, itemised in both currencies. */
    public record CheckoutView(AmountsView seller, AmountsView buyer) {
        static CheckoutView of(QuoteOption o) {
            return new CheckoutView(AmountsView.of(o.payableAtCheckoutInSellerCurrency()), AmountsView.of(o.payableAtCheckout()));
        }
    }

    /**
     * One carrier option: {@code seller}/{@code buyer} are the landed cost, {@code payableAtCheckout} what the
     * order charges, {@code importChargesPaid} when the duties and taxes are paid.
     */
    public record OptionView(String id, String carrier, String serviceCode, String serviceName, String incoterm,
                             int transitDaysMin, int transitDaysMax, long chargeableWeightGrams, MoneyJson carrierPrice,
                             boolean dutiesEstimated, boolean dutiesIncludedInShipping, List<ChargeView> importCharges,
                             String importChargesPaid, AmountsView seller, AmountsView buyer, CheckoutView payableAtCheckout) {
        static OptionView of(QuoteOption o) {
            return new OptionView(o.id(), o.carrierPluginId(), o.rate().serviceCode(), o.rate().serviceName(), o.incoterm().name(),
                    o.rate().transitDaysMin(), o.rate().transitDaysMax(), o.rate().chargeableWeight().grams(),
                    MoneyJson.of(o.rate().price()), o.dutiesEstimated(), o.dutiesIncludedInShipping(),
                    o.importCharges().stream().map(ChargeView::of).toList(), o.importChargesPaid().name(),
                    AmountsView.of(o.seller()), AmountsView.of(o.buyer()), CheckoutView.of(o));
        }
    }

    /** A line as quoted. */
    public record ItemView(String productId, String title, String hsCode, String origin, int quantity, MoneyJson unitPrice,
                           long unitWeightGrams) {
        static ItemView of(QuotedItem i) {
            return new ItemView(i.productId(), i.title(), i.hsCode().digits(), i.origin().code(), i.quantity(),
                    MoneyJson.of(i.unitPrice()), i.unitWeight().grams());
        }
    }

    /** A parcel as packed. */
    public record ParcelView(long weightGrams, int lengthMm, int widthMm, int heightMm) {
        static ParcelView of(Parcel p) {
            return new ParcelView(p.actualWeight().grams(), p.dimensions().lengthMm(), p.dimensions().widthMm(), p.dimensions().heightMm());
        }
    }

    /** An exchange rate used. */
    public record RateView(String base, String quote, String rate, Instant asOf, String source) {
        static RateView of(ExchangeRate r) {
            return new RateView(r.base().code(), r.quote().code(), r.rate().toPlainString(), r.asOf(), r.source());
        }
    }

    /** A warning. */
    public record WarningView(String code, String message, String plugin) {
        static WarningView of(QuoteWarning w) {
            return new WarningView(w.code(), w.message(), w.pluginId().orElse(null));
        }
    }

    /** A quote. */
    public record QuoteView(String id, String sellerId, String sellerPavilion, AddressJson shipFrom, AddressJson shipTo,
                            String sellerCurrency, String buyerCurrency, List<ItemView> items, List<ParcelView> parcels,
                            MoneyJson goods, String destinationPavilion, boolean dutiesEstimated, List<OptionView> options,
                            List<RateView> fxRates, List<WarningView> warnings, Instant createdAt, Instant expiresAt,
                            boolean expired) {
        static QuoteView of(Quote q, Instant now) {
            return new QuoteView(q.id(), q.sellerId(), q.sellerPavilionId(), AddressJson.of(q.shipFrom()), AddressJson.of(q.shipTo()),
                    q.sellerCurrency().code(), q.buyerCurrency().code(), q.items().stream().map(ItemView::of).toList(),
                    q.parcels().stream().map(ParcelView::of).toList(), MoneyJson.of(q.goods()),
                    q.destinationPavilionId().orElse(null), q.dutiesEstimated(), q.options().stream().map(OptionView::of).toList(),
                    q.fxRates().stream().map(RateView::of).toList(), q.warnings().stream().map(WarningView::of).toList(),
                    q.createdAt(), q.expiresAt(), q.isExpiredAt(now));
        }
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/quotes", this::create).roles(Role.STOREFRONT, Role.TENANT_ADMIN)
                .summary("Quote the landed cost of one seller's items to a buyer, per carrier option")
                .description("Carriers, the destination pavilion and the FX source are asked in parallel under one deadline; "
                        + "carriers that fail or time out are left out with a warning. Without a destination pavilion duties are "
                        + "not estimated (dutiesEstimated false, a warning, null duties), never zero.")
                .request(CreateQuote.class).response(201, QuoteView.class).response(422, Void.class);
        routes.get("/v1/quotes/{quote}", this::show).roles(Role.STOREFRONT, Role.TENANT_ADMIN)
                .summary("Show a quote (also after it expired)").response(200, QuoteView.class);
    }

    private void create(Context ctx) {
        CreateQuote body = JsonBodies.read(ctx, CreateQuote.class);
        Fields f = new Fields();
        f.require("items", body.items());
        f.require("shipTo", body.shipTo());
        f.require("currency", body.currency());
        List<QuoteItem> items = new ArrayList<>();
        if (body.items() != null) {
            for (int i = 0; i < body.items().size(); i++) {
                Line line = body.items().get(i);
                String path = "items[" + i + "]";
                if (line == null) {
                    f.add(path, "required", "an item needs productId and quantity");
                    continue;
                }
                if (line.quantity() == null) {
                    f.add(path + ".quantity", "required", "quantity is required");
                    continue;
                }
                QuoteItem item = f.get(path, () -> new QuoteItem(line.productId(), line.quantity()));
                if (item != null) {
                    items.add(item);
                }
            }
        }
        Address shipTo = body.shipTo() == null ? null : f.get("shipTo", () -> body.shipTo().toAddress());
        CurrencyCode currency = body.currency() == null ? null : f.get("currency", () -> CurrencyCode.of(body.currency()));
        f.throwIfAny();
        QuoteRequest request = f.get("items", () -> new QuoteRequest(items, shipTo, currency, body.buyerReference()));
        f.throwIfAny();
        Quote quote = quotes.create(Requests.tenant(ctx), request);
        ctx.status(201).header("Location", "/v1/quotes/" + quote.id()).json(QuoteView.of(quote, clock.instant()));
    }

    private void show(Context ctx) {
        String id = ctx.pathParam("quote");
        Quote quote = quotes.find(Requests.tenant(ctx), id)
                .orElseThrow(() -> ApiException.notFound("quote", id.length() > 64 ? id.substring(0, 64) + "..." : id));
        ctx.json(QuoteView.of(quote, clock.instant()));
    }
}
