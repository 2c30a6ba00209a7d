package org.openwtp.core.bench.commerce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteItem;
import org.openwtp.core.commerce.quote.QuoteRequest;
import org.openwtp.core.commerce.quote.QuoteService;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.commerce.testing.FakeCarrier;
import org.openwtp.core.commerce.testing.FakeFx;
import org.openwtp.core.commerce.testing.FakePavilion;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.store.SqliteSynchronous;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/**
 * Quotes per second through {@link QuoteService#create} (products and seller read from SQLite, two carriers
 * and the destination pavilion asked in parallel under a deadline, FX conversions, the quote stored) against
 * the same plugin calls made directly, one after another, in a loop: the FX rates, the pavilion's goods-only
 * estimate, both carriers' rates and the pavilion's assessment of each DAP rate. The rate cache is off
 * ({@code quoteService}) or on ({@code quoteServiceCached}). {@code latencyMicros} makes every carrier and
 * pavilion call take that long, like a remote service; {@code synchronous} is the SQLite flush policy of the
 * quote's write ({@code FULL}, the default, waits for the disk on every commit).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=logback-bench.xml")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuoteBenchmark {

    @Param({"0", "1000"})
    public long latencyMicros;

    @Param({"FULL", "NORMAL"})
    public SqliteSynchronous synchronous;

    private Path dir;
    private CommerceFixture fixture;
    private QuoteService uncached;
    private QuoteService cached;
    private QuoteRequest request;
    private FakeCarrier post;
    private FakeCarrier express;
    private FakePavilion russia;
    private FakeFx fx;
    private PluginContext context;
    private RateRequest rateRequest;
    private List<CustomsItem> goodsInRub;
    private Address from;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("quote-bench");
        fixture = new CommerceFixture(Storage.open(StorageConfig.sqlite(dir.resolve("bench.db")).withSynchronous(synchronous)));
        russia = new FakePavilion("RU", "RUB", Money.of("1000.00", "RUB"));
        post = new FakeCarrier(Money.of("30.00", "CNY"), false);
        express = new FakeCarrier(Money.of("1000.00", "RUB"), true);
        fx = new FakeFx().rate("CNY", "RUB", "12.5").rate("RUB", "CNY", "0.08");
        long nanos = TimeUnit.MICROSECONDS.toNanos(latencyMicros);
        post.simulateLatency(nanos);
        express.simulateLatency(nanos);
        russia.simulateLatency(nanos);
        fixture.extensions.enable(CommerceFixture.TENANT, "pavilion-cn", new FakePavilion("CN", "CNY", Money.ofMinor(0, "CNY")))
                .enable(CommerceFixture.TENANT, "pavilion-ru", russia)
                .enable(CommerceFixture.TENANT, "carrier-post", post)
                .enable(CommerceFixture.TENANT, "carrier-express", express)
                .enable(CommerceFixture.TENANT, "fx-fixed", fx);
        Seller seller = fixture.verifiedSeller(CommerceFixture.TENANT, "pavilion-cn", "1100000001", "CN");
        Product tea = fixture.product(CommerceFixture.TENANT, seller.id(), "Longjing tea", Money.of("100.00", "CNY"), 1200, 1000);
        Address to = Address.of("Anna Petrova", "Tverskaya 1", "Moscow", "125009", CountryCode.of("RU"));
        request = new QuoteRequest(List.of(new QuoteItem(tea.id(), 2)), to, CurrencyCode.of("RUB"), "buyer-1");
        QuoteSettings settings = QuoteSettings.defaults().withDeadline(Duration.ofSeconds(10));
        uncached = fixture.quotes(settings.withRateCacheWindow(Duration.ZERO));
        cached = fixture.quotes(settings.withRateCacheWindow(Duration.ofHours(1)));

        context = fixture.extensions.forTenant(CommerceFixture.TENANT, FxRateSource.class).get(0)
                .context(CallOptions.onCallerThread(Duration.ofSeconds(10)));
        from = seller.address();
        List<CustomsItem> customs = List.of(new CustomsItem("Longjing tea", HsCode.of("090210"), CountryCode.of("CN"), 2,
                Money.of("100.00", "CNY"), Weight.ofGrams(1200)));
        goodsInRub = List.of(new CustomsItem("Longjing tea", HsCode.of("090210"), CountryCode.of("CN"), 2,
                Money.of("1250.00", "RUB"), Weight.ofGrams(1200)));
        rateRequest = new RateRequest(from, to, List.of(new Parcel(Weight.ofGrams(2400), new Dimensions(200, 100, 100))),
                customs, Money.of("200.00", "CNY"), Optional.empty());
        Quote check = uncached.create(CommerceFixture.TENANT, request);
        if (check.options().size() != 3) {
            throw new IllegalStateException("expected 3 options, got " + check.options() + " " + check.warnings());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        fixture.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public Quote quoteService() {
        return uncached.create(CommerceFixture.TENANT, request);
    }

    @Benchmark
    public Quote quoteServiceCached() {
        return cached.create(CommerceFixture.TENANT, request);
    }

    private long serviceNanos;
    private long directNanos;
    private final List<String> ratios = new ArrayList<>();

    /**
     * One quote through the service and the same plugin work called directly, timed separately, so both
     * see the same machine load; the per-iteration ratio (direct time / service time = service throughput /
     * direct throughput) is printed at the end of the trial.
     */
    @Benchmark
    public Object interleaved() {
        long t0 = System.nanoTime();
        Quote quote = uncached.create(CommerceFixture.TENANT, request);
        long t1 = System.nanoTime();
        List<Object> direct = pluginsDirect();
        long t2 = System.nanoTime();
        serviceNanos += t1 - t0;
        directNanos += t2 - t1;
        return direct.size() > 100 ? direct : quote;
    }

    @Setup(Level.Iteration)
    public void resetTimes() {
        serviceNanos = 0;
        directNanos = 0;
    }

    @TearDown(Level.Iteration)
    public void recordRatio() {
        if (serviceNanos > 0) {
            ratios.add(String.format("%.3f", (double) directNanos / serviceNanos));
        }
    }

    @TearDown(Level.Trial)
    public void printRatios() {
        if (!ratios.isEmpty()) {
            System.out.println("INTERLEAVED latencyMicros=" + latencyMicros + " synchronous=" + synchronous
                    + " service/direct throughput ratio per iteration (incl. warm-up): " + ratios);
        }
    }

    /** The same plugin work, called directly and sequentially. */
    @Benchmark
    public List<Object> pluginsDirect() {
        List<Object> out = new ArrayList<>(8);
        CurrencyCode cny = CurrencyCode.of("CNY");
        CurrencyCode rub = CurrencyCode.of("RUB");
        ExchangeRate cnyRub = fx.rate(cny, rub, context).orElseThrow();
        ExchangeRate rubCny = fx.rate(rub, cny, context).orElseThrow();
        out.add(cnyRub);
        out.add(rubCny);
        ImportAssessment estimate = russia.assessImport(new ImportRequest(CountryCode.of("CN"), CountryCode.of("RU"), "buyer-1",
                goodsInRub, Money.zero(rub), Money.zero(rub), Weight.ofGrams(2400), Incoterm.DAP, rub), context);
        RateRequest withEstimate = new RateRequest(rateRequest.from(), rateRequest.to(), rateRequest.parcels(), rateRequest.contents(),
                rateRequest.declaredValue(), Optional.of(estimate.total()));
        for (RateResponse response : List.of(post.quote(withEstimate, context), express.quote(withEstimate, context))) {
            for (RateQuote rate : response.quotes()) {
                if (!rate.dutiesIncluded()) {
                    Money shipping = rate.price().currency().equals(rub) ? rate.price() : cnyRub.convert(rate.price(), java.math.RoundingMode.HALF_UP);
                    out.add(russia.assessImport(new ImportRequest(CountryCode.of("CN"), CountryCode.of("RU"), "buyer-1", goodsInRub,
                            shipping, Money.zero(rub), Weight.ofGrams(2400), Incoterm.DAP, rub), context));
                }
            }
        }
        return out;
    }
}
