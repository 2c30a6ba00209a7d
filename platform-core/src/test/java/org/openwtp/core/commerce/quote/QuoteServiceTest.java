package org.openwtp.core.commerce.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.testing.CommerceFixture.OTHER;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.catalog.CatalogErrors;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderableQuote;
import org.openwtp.core.commerce.quote.internal.CatalogQuoteSource;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.commerce.testing.FakeCarrier;
import org.openwtp.core.commerce.testing.FakeFx;
import org.openwtp.core.commerce.testing.FakePavilion;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Incoterm;

/**
 * The landed-cost quote with fake plugins whose answers can be computed by hand: a Chinese seller (CNY) ships
 * 2 × CNY 100.00, 1.2 kg each, to Russia (RUB). The Russian pavilion charges 10% duty on goods above RUB 1000
 * and 20% VAT on goods + shipping + duty. The post charges CNY 30.00 per started kg (DAP only), the express
 * courier RUB 1000.00 per started kg, DAP and DDP (transport + the estimate it is given). CNY/RUB 12.5,
 * RUB/CNY 0.08.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class QuoteServiceTest {

    private static final QuoteSettings SETTINGS = QuoteSettings.defaults().withDeadline(Duration.ofSeconds(10));

    private final Backend backend;
    @TempDir
    Path tempDir;
    private CommerceFixture f;
    private FakePavilion russia;
    private FakeCarrier post;
    private FakeCarrier express;
    private FakeFx fx;
    private Seller seller;
    private Product tea;

    QuoteServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new CommerceFixture(backend, tempDir);
        russia = new FakePavilion("RU", "RUB", Money.of("1000.00", "RUB"));
        post = new FakeCarrier(Money.of("30.00", "CNY"), false);
        express = new FakeCarrier(Money.of("1000.00", "RUB"), true);
        fx = new FakeFx().rate("CNY", "RUB", "12.5").rate("RUB", "CNY", "0.08").rate("CNY", "EUR", "0.125")
                .rate("CNY", "JPY", "20.55").rate("RUB", "EUR", "0.01");
        f.extensions.enable(TENANT, "pavilion-cn", new FakePavilion("CN", "CNY", Money.ofMinor(0, "CNY")))
                .enable(TENANT, "pavilion-ru", russia)
                .enable(TENANT, "carrier-post", post)
                .enable(TENANT, "carrier-express", express)
                .enable(TENANT, "fx-fixed", fx);
        seller = f.verifiedSeller(TENANT, "pavilion-cn", "1100000001", "CN");
        tea = f.product(TENANT, seller.id(), "Longjing tea", Money.of("100.00", "CNY"), 1200, 10);
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static QuoteRequest toRussia(Product product, int quantity, String currency) {
        return new QuoteRequest(List.of(new QuoteItem(product.id(), quantity)),
                Address.of("Anna Petrova", "Tverskaya 1", "Moscow", "125009", CountryCode.of("RU")), CurrencyCode.of(currency), "buyer-1");
    }

    private static QuoteRequest toGermany(Product product, int quantity) {
        return new QuoteRequest(List.of(new QuoteItem(product.id(), quantity)),
                Address.of("Jonas Weber", "Hauptstr. 5", "Berlin", "10115", CountryCode.of("DE")), CurrencyCode.of("EUR"), "");
    }

    private static Money m(String amount, String currency) {
        return Money.of(amount, currency);
    }

    @Test
    void everyCarrierOptionIsItemisedInBothCurrenciesCheapestFirst() {
        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(quote.dutiesEstimated()).isTrue();
        assertThat(quote.destinationPavilionId()).contains("pavilion-ru");
        assertThat(quote.goods()).isEqualTo(m("200.00", "CNY"));
        assertThat(quote.options()).extracting(o -> o.id() + " " + o.carrierPluginId() + " " + o.serviceCode())
                .containsExactly("opt-1 carrier-post STANDARD", "opt-2 carrier-express STANDARD_DDP", "opt-3 carrier-express STANDARD");

        QuoteOption postDap = quote.option("opt-1").orElseThrow();
        // duty 10% of RUB 2500 = 250; VAT 20% of (2500 + shipping 1125 + 250) = 775
        assertThat(postDap.seller()).isEqualTo(QuoteAmounts.of(m("200.00", "CNY"), m("90.00", "CNY"),
                Optional.of(m("20.00", "CNY")), Optional.of(m("62.00", "CNY"))));
        assertThat(postDap.buyer()).isEqualTo(QuoteAmounts.of(m("2500.00", "RUB"), m("1125.00", "RUB"),
                Optional.of(m("250.00", "RUB")), Optional.of(m("775.00", "RUB"))));
        assertThat(postDap.buyer().total()).isEqualTo(m("4650.00", "RUB"));

        QuoteOption expressDap = quote.option("opt-3").orElseThrow();
        // VAT on goods + this option's shipping: 20% of (2500 + 3000 + 250) = 1150
        assertThat(expressDap.buyer()).isEqualTo(QuoteAmounts.of(m("2500.00", "RUB"), m("3000.00", "RUB"),
                Optional.of(m("250.00", "RUB")), Optional.of(m("1150.00", "RUB"))));
        assertThat(expressDap.seller().total()).isEqualTo(m("552.00", "CNY"));

        assertThat(quote.fxRates()).extracting(r -> r.base() + "/" + r.quote() + "@" + r.asOf())
                .containsExactly("CNY/RUB@" + FakeFx.AS_OF, "RUB/CNY@" + FakeFx.AS_OF);
        assertThat(quote.expiresAt()).isEqualTo(quote.createdAt().plus(SETTINGS.validity()));
        assertThat(quote.parcels()).hasSize(1);
        assertThat(quote.parcels().get(0).actualWeight().grams()).isEqualTo(2400);
    }

    @Test
    void aDdpPriceIncludesTheEstimatedDutiesWhichAreNotAddedAgain() {
        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(express.lastEstimate()).contains(m("800.00", "RUB"));
        QuoteOption ddp = quote.option("opt-2").orElseThrow();
        assertThat(ddp.incoterm()).isEqualTo(Incoterm.DDP);
        assertThat(ddp.dutiesIncludedInShipping()).isTrue();
        assertThat(ddp.buyer()).isEqualTo(QuoteAmounts.of(m("2500.00", "RUB"), m("3800.00", "RUB"),
                Optional.of(m("0.00", "RUB")), Optional.of(m("0.00", "RUB"))));
        assertThat(ddp.buyer().total()).isEqualTo(m("6300.00", "RUB"));
        assertThat(ddp.importCharges()).extracting(c -> c.amount()).containsExactly(m("250.00", "RUB"), m("550.00", "RUB"));
        assertThat(ddp.payableAtCheckout().total()).isEqualTo(m("6300.00", "RUB"));
    }

    @Test
    void twoCallThreadsAskThePavilionAndBothCarriersBecauseTheEstimatesThreadAsksTheFirstCarrier() {
        QuoteSettings d = SETTINGS;
        QuoteSettings twoThreads = new QuoteSettings(d.deadline(), d.rateCacheWindow(), d.rateCacheMaxEntries(), d.validity(),
                d.maxParcelWeight(), d.maxStackHeightMm(), 2, d.writeBehind(), d.maxUnflushed(), d.purgeInterval(), d.retention());

        Quote quote = f.quotes(twoThreads).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(quote.warnings()).isEmpty();
        assertThat(quote.options()).extracting(o -> o.carrierPluginId() + " " + o.serviceCode())
                .containsExactly("carrier-post STANDARD", "carrier-express STANDARD_DDP", "carrier-express STANDARD");
        assertThat(express.lastEstimate()).contains(m("800.00", "RUB"));
    }

    @Test
    void underDapTheBuyerPaysDutiesOnDeliveryNotAtCheckout() {
        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        QuoteOption postDap = quote.option("opt-1").orElseThrow();
        assertThat(postDap.importChargesPaid()).isEqualTo(ImportChargesPaid.ON_DELIVERY);
        assertThat(postDap.payableAtCheckout()).isEqualTo(QuoteAmounts.of(m("2500.00", "RUB"), m("1125.00", "RUB"),
                Optional.of(m("0.00", "RUB")), Optional.of(m("0.00", "RUB"))));
        assertThat(postDap.buyer().total()).isEqualTo(m("4650.00", "RUB"));
        assertThat(quote.sellerToBuyerRate()).hasValueSatisfying(r -> assertThat(r.rate()).isEqualByComparingTo("12.5"));
    }

    @Test
    void chargesThePavilionHasThePlatformCollectArePaidAtCheckoutEvenUnderDap() {
        russia.collectAtCheckout(true);
        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        QuoteOption postDap = quote.option("opt-1").orElseThrow();
        assertThat(postDap.incoterm()).isEqualTo(Incoterm.DAP);
        assertThat(postDap.importChargesPaid()).isEqualTo(ImportChargesPaid.AT_CHECKOUT);
        assertThat(postDap.payableAtCheckout()).isEqualTo(QuoteAmounts.of(m("2500.00", "RUB"), m("1125.00", "RUB"),
                Optional.of(m("250.00", "RUB")), Optional.of(m("775.00", "RUB"))));
        assertThat(postDap.payableAtCheckoutInSellerCurrency()).isEqualTo(QuoteAmounts.of(m("200.00", "CNY"), m("90.00", "CNY"),
                Optional.of(m("20.00", "CNY")), Optional.of(m("62.00", "CNY"))));
        QuoteOption ddp = quote.option("opt-2").orElseThrow();
        assertThat(ddp.importChargesPaid()).as("the DDP price includes them already").isEqualTo(ImportChargesPaid.IN_SHIPPING_PRICE);
        assertThat(ddp.payableAtCheckout().total()).isEqualTo(m("6300.00", "RUB"));

        OrderableQuote.Option ordered = new CatalogQuoteSource(f.quotes(SETTINGS), f.clock).findValid(TENANT, quote.id())
                .option("opt-1").orElseThrow();
        assertThat(List.of(ordered.duties(), ordered.taxes(), ordered.total()))
                .containsExactly(m("250.00", "RUB"), m("775.00", "RUB"), m("4650.00", "RUB"));
    }

    @Test
    void aCarrierThatHangsPastTheDeadlineDropsOutWithAWarningAndTheOthersStillAnswer() throws Exception {
        CountDownLatch release = express.blockUntilReleased();
        try {
            long start = System.nanoTime();
            Quote quote = f.quotes(SETTINGS.withDeadline(Duration.ofMillis(400))).create(TENANT, toRussia(tea, 2, "RUB"));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(express.entered().getCount()).isZero();
            assertThat(quote.options()).extracting(QuoteOption::carrierPluginId).containsOnly("carrier-post");
            assertThat(quote.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo(QuoteWarning.CARRIER_TIMED_OUT);
                assertThat(w.pluginId()).contains("carrier-express");
                assertThat(w.message()).contains("carrier-express");
            });
        } finally {
            release.countDown();
        }
    }

    @Test
    void aDestinationPavilionThatHangsIsAbandonedAtHalfTheDeadlineAndTheCarriersStillAnswer() {
        russia.simulateLatency(Duration.ofMinutes(1).toNanos());
        long start = System.nanoTime();

        Quote quote = f.quotes(SETTINGS.withDeadline(Duration.ofMillis(400))).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(quote.options()).extracting(QuoteOption::carrierPluginId).contains("carrier-post", "carrier-express");
        assertThat(quote.options()).allSatisfy(o -> assertThat(o.incoterm()).isEqualTo(Incoterm.DAP));
        assertThat(quote.dutiesEstimated()).isFalse();
        assertThat(quote.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(QuoteWarning.DUTIES_NOT_ESTIMATED);
            assertThat(w.pluginId()).contains("pavilion-ru");
        });
    }

    @Test
    void aThrowingCarrierDropsOutWithAWarningNamingIt() {
        post.failWith(new IllegalStateException("tariff server down"));

        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(quote.options()).extracting(QuoteOption::carrierPluginId).containsOnly("carrier-express");
        assertThat(quote.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(QuoteWarning.CARRIER_FAILED);
            assertThat(w.pluginId()).contains("carrier-post");
            assertThat(w.message()).doesNotContain("tariff server down");
        });
    }

    @Test
    void aStoppedCarrierTheTenantEnabledDropsOutWithAWarningNamingIt() {
        f.extensions.stop(TENANT, "carrier-post");

        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(quote.options()).extracting(QuoteOption::carrierPluginId).containsOnly("carrier-express");
        assertThat(quote.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(QuoteWarning.CARRIER_UNAVAILABLE);
            assertThat(w.pluginId()).contains("carrier-post");
        });
    }

    @Test
    void identicalRateRequestsWithinTheWindowReuseTheCarriersAnswers() {
        QuoteService quotes = f.quotes(SETTINGS.withRateCacheWindow(Duration.ofSeconds(60)));

        Quote first = quotes.create(TENANT, toRussia(tea, 2, "RUB"));
        Quote second = quotes.create(TENANT, toRussia(tea, 2, "RUB"));
        assertThat(post.calls()).isEqualTo(1);
        assertThat(express.calls()).isEqualTo(1);
        assertThat(second.options()).extracting(QuoteOption::seller).isEqualTo(first.options().stream().map(QuoteOption::seller).toList());
        assertThat(second.id()).isNotEqualTo(first.id());

        quotes.create(TENANT, toRussia(tea, 3, "RUB"));
        assertThat(post.calls()).isEqualTo(2);

        f.clock.advance(Duration.ofSeconds(61));
        quotes.create(TENANT, toRussia(tea, 2, "RUB"));
        assertThat(post.calls()).isEqualTo(3);
        assertThat(express.calls()).isEqualTo(3);
    }

    @Test
    void aZeroWindowAsksTheCarriersEveryTime() {
        QuoteService quotes = f.quotes(SETTINGS.withRateCacheWindow(Duration.ZERO));
        quotes.create(TENANT, toRussia(tea, 2, "RUB"));
        quotes.create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(post.calls()).isEqualTo(2);
    }

    @Test
    void aDestinationWithoutPavilionSaysDutiesAreNotEstimatedNeverZero() {
        Quote quote = f.quotes(SETTINGS).create(TENANT, toGermany(tea, 2));

        assertThat(quote.dutiesEstimated()).isFalse();
        assertThat(quote.destinationPavilionId()).isEmpty();
        assertThat(quote.warnings()).extracting(QuoteWarning::code).contains(QuoteWarning.DUTIES_NOT_ESTIMATED);
        assertThat(quote.options()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.dutiesEstimated()).isFalse();
            assertThat(o.incoterm()).isEqualTo(Incoterm.DAP);
            assertThat(o.seller().duties()).isEmpty();
            assertThat(o.buyer().taxes()).isEmpty();
            assertThat(o.seller().total()).isEqualTo(o.seller().goods().plus(o.seller().shipping()));
        });
        assertThat(express.lastEstimate()).isEmpty();
        assertThat(russia.assessments()).isZero();
    }

    @Test
    void aFailingDestinationPavilionLeavesDutiesUnestimatedWithAWarningNamingIt() {
        russia.failWith(new IllegalStateException("tariff table corrupt"));

        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));

        assertThat(quote.dutiesEstimated()).isFalse();
        assertThat(quote.options()).isNotEmpty().allSatisfy(o -> assertThat(o.buyer().duties()).isEmpty());
        assertThat(quote.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(QuoteWarning.DUTIES_NOT_ESTIMATED);
            assertThat(w.pluginId()).contains("pavilion-ru");
        });
    }

    @Test
    void conversionsRoundHalfUpToTheTargetCurrencysMinorUnit() {
        Product cheap = f.product(TENANT, seller.id(), "Tea sample", Money.of("0.50", "CNY"), 10, 10);

        // 2 x 0.50 CNY = 1.00 CNY at 0.125 = 0.125 EUR -> 0.13 (half up); at 20.55 JPY = 20.55 -> 21 JPY
        Quote euro = f.quotes(SETTINGS).create(TENANT, toGermany(cheap, 2));
        assertThat(euro.options().get(0).buyer().goods()).isEqualTo(m("0.13", "EUR"));
        Quote yen = f.quotes(SETTINGS).create(TENANT, new QuoteRequest(List.of(new QuoteItem(cheap.id(), 2)),
                Address.of("Jonas Weber", "Hauptstr. 5", "Berlin", "10115", CountryCode.of("DE")), CurrencyCode.of("JPY"), ""));
        assertThat(yen.options().get(0).buyer().goods()).isEqualTo(Money.ofMinor(21, "JPY"));
    }

    @Test
    void aMissingRateForTheBuyersCurrencyIsAClearError() {
        assertThatThrownBy(() -> f.quotes(SETTINGS).create(TENANT, toRussia(tea, 1, "USD")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(QuoteErrors.FX_RATE_UNAVAILABLE);
                    assertThat(e.detail()).contains("CNY").contains("USD").contains("fx-fixed");
                });
    }

    @Test
    void itemsFromTwoSellersAreRefused() {
        Seller other = f.verifiedSeller(TENANT, "pavilion-cn", "1100000002", "CN");
        Product silk = f.product(TENANT, other.id(), "Silk scarf", Money.of("50.00", "CNY"), 100, 5);

        assertThatThrownBy(() -> f.quotes(SETTINGS).create(TENANT, new QuoteRequest(
                List.of(new QuoteItem(tea.id(), 1), new QuoteItem(silk.id(), 1)),
                Address.of("Anna", "Tverskaya 1", "Moscow", "125009", CountryCode.of("RU")), CurrencyCode.of("RUB"), "")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(QuoteErrors.MIXED_SELLERS);
                    assertThat(e.fieldErrors()).hasSize(2);
                });
    }

    @Test
    void unknownProductsAndShortStockAreRefused() {
        assertThatThrownBy(() -> f.quotes(SETTINGS).create(TENANT, toRussia(tea, 11, "RUB")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CatalogErrors.INSUFFICIENT_STOCK));
        assertThatThrownBy(() -> f.quotes(SETTINGS).create(OTHER, toRussia(tea, 1, "RUB")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldErrors()).extracting(fe -> fe.field())
                        .containsExactly("items[0].productId"));
    }

    @Test
    void aStoredQuoteIsValidUntilItExpiresAndOnlyForItsTenant() {
        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));
        QuoteService quotes = f.quotes(SETTINGS);

        Quote stored = quotes.findValid(TENANT, quote.id()).orElseThrow();
        assertThat(stored).isEqualTo(quote);
        assertThat(stored.customsItems()).hasSize(1);
        assertThat(stored.items().get(0).productId()).isEqualTo(tea.id());
        assertThat(quotes.findValid(OTHER, quote.id())).isEmpty();

        f.clock.advance(SETTINGS.validity());
        assertThat(quotes.findValid(TENANT, quote.id())).isEmpty();
        assertThat(quotes.find(TENANT, quote.id())).isPresent();
    }

    @Test
    void ordersSeeWhatTheBuyerPaysAtCheckoutInTheBuyersCurrency() {
        Quote quote = f.quotes(SETTINGS).create(TENANT, toRussia(tea, 2, "RUB"));
        CatalogQuoteSource source = new CatalogQuoteSource(f.quotes(SETTINGS), f.clock);

        OrderableQuote orderable = source.findValid(TENANT, quote.id());

        assertThat(orderable.sellerId()).isEqualTo(seller.id());
        assertThat(orderable.lines()).singleElement().satisfies(line -> {
            assertThat(line.productId()).isEqualTo(tea.id());
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.unitPrice()).isEqualTo(m("1250.00", "RUB"));
        });
        OrderableQuote.Option dap = orderable.option("opt-1").orElseThrow();
        assertThat(dap.total()).isEqualTo(m("3625.00", "RUB"));
        assertThat(dap.duties()).isEqualTo(m("0.00", "RUB"));
        assertThat(orderable.option("opt-2").orElseThrow().total()).isEqualTo(m("6300.00", "RUB"));
        assertThat(dap.parcels()).isEqualTo(quote.parcels());

        assertThatThrownBy(() -> source.findValid(OTHER, quote.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.QUOTE_NOT_FOUND));
        f.clock.advance(SETTINGS.validity());
        assertThatThrownBy(() -> source.findValid(TENANT, quote.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.QUOTE_EXPIRED));
    }

    @Test
    void withoutCarriersThereIsNothingToQuote() {
        f.extensions.disable(TENANT, "carrier-post");
        f.extensions.disable(TENANT, "carrier-express");

        assertThatThrownBy(() -> f.quotes(SETTINGS).create(TENANT, toRussia(tea, 1, "RUB")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(QuoteErrors.NO_CARRIERS));
    }
}
