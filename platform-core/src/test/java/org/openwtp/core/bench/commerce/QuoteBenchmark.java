package org.openwtp.core.bench.commerce;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
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
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.bench.BenchPlugins;
import org.openwtp.core.commerce.catalog.EnabledPavilion;
import org.openwtp.core.commerce.catalog.PavilionDirectory;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteItem;
import org.openwtp.core.commerce.quote.QuoteOption;
import org.openwtp.core.commerce.quote.QuoteRequest;
import org.openwtp.core.commerce.quote.QuoteService;
import org.openwtp.core.commerce.quote.QuoteWarning;
import org.openwtp.core.config.ConfigLoader;
import org.openwtp.core.fixture.ImportReport;
import org.openwtp.core.fixture.SampleTenant;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/**
 * Quotes per second through the core's {@link QuoteService#create} against the same plugins called directly in
 * a loop. Both sides use the <b>bundled plugin jars</b> of {@code target/plugins} loaded by the real runtime
 * (a real server without HTTP, a fresh SQLite file, the sample tenant imported): two carriers (carrier-post,
 * carrier-express), one destination pavilion (pavilion-cn) and fx-fixed, for two jars of a Russian seller's
 * honey shipped to Shanghai, priced in CNY.
 *
 * <p>The service side does everything a quote does (products and seller read, tenant plugin lookup, parallel
 * fan-out under a deadline, FX, the quote stored). The direct side calls <b>the very extension instances the
 * service calls</b>, with the requests the service makes (rebuilt from the stored quote and checked against it
 * at set-up), one after another: each FX pair the quote used, the pavilion's goods-only estimate, both
 * carriers' rates and the pavilion's assessment of each DAP rate. {@code interleaved} does one of each per
 * invocation, timed separately, and prints the ratio per iteration (direct time / service time = service
 * throughput / direct throughput); run it with {@code -t 2} for the same thread count on both sides.
 * {@code synchronous} is the SQLite flush policy; {@code settings} other server settings, to compare a change with
 * the state before it in one session (e.g. {@code plugins.tenantCacheTtl=0s}, {@code quote.writeBehind=0s}).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=logback-bench.xml")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuoteBenchmark {

    @Param({"FULL"})
    public String synchronous;

    /** Server settings for an A/B run, e.g. {@code plugins.tenantCacheTtl=0s;quote.writeBehind=0s}; {@code defaults}: none. */
    @Param({"defaults"})
    public String settings;

    private static final CallOptions DIRECT = CallOptions.onCallerThread(Duration.ofSeconds(10));

    private Path work;
    private OpenWtpServer server;
    private QuoteService service;
    private TenantId tenant;
    private QuoteRequest request;
    private final List<Direct<Carrier>> carriers = new ArrayList<>();
    private Direct<CountryPavilion> pavilion;
    private Direct<FxRateSource> fx;
    private List<ExchangeRate> fxPairs;
    private ImportRequest estimateRequest;
    private RateRequest rateRequest;
    private ExchangeRate toPavilionCurrency;

    /** An extension instance as the runtime created it, and the context the runtime gives it for the tenant. */
    private record Direct<T>(T instance, PluginContext context) {
        static <T> Direct<T> of(TenantExtension<T> extension) {
            return new Direct<>(extension.call("bench", DIRECT, (instance, context) -> instance), extension.context(DIRECT));
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path jars = BenchPlugins.bundled().orElseThrow(() -> new IllegalStateException(
                "no plugin jars in target/plugins: run `mvn -B -o package -DskipTests` first"));
        work = Files.createTempDirectory("openwtp-quote-bench");
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        try (Stream<Path> files = Files.list(jars)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("plugins.dir", plugins.toString());
        config.put("storage.sqlite.path", work.resolve("openwtp.db").toString());
        config.put("storage.sqlite.synchronous", synchronous);
        for (String setting : settings.split(";")) {
            if (setting.contains("=")) {
                config.put(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        config.put("security.masterKey", Base64.getEncoder().encodeToString(key));
        server = OpenWtpServer.create(ConfigLoader.fromMap(config)).startUpTo(Lifecycle.BACKGROUND);
        ImportReport report = server.injector().getInstance(SampleTenant.class).importSampleTenant();
        tenant = report.tenant();
        String honey = report.products().stream().filter(p -> p.ref().equals("buckwheat-honey")).findFirst().orElseThrow().id();
        Address shanghai = Address.of("Li Wei", "88 Nanjing Road", "Shanghai", "200001", CountryCode.of("CN"));
        request = new QuoteRequest(List.of(new QuoteItem(honey, 2)), shanghai, CurrencyCode.of("CNY"), "bench");
        service = server.injector().getInstance(QuoteService.class);

        PluginExtensions extensions = server.injector().getInstance(PluginExtensions.class);
        for (TenantExtension<Carrier> carrier : extensions.forTenant(tenant, Carrier.class)) {
            carriers.add(Direct.of(carrier));
        }
        EnabledPavilion cn = server.injector().getInstance(PavilionDirectory.class).forCountry(tenant, CountryCode.of("CN"))
                .orElseThrow();
        pavilion = Direct.of(cn.extension());
        fx = Direct.of(extensions.forTenant(tenant, FxRateSource.class).get(0));
        directRequests(service.create(tenant, request), cn.pavilion().currency());
    }

    /** The requests the service makes, rebuilt from one of its quotes, checked against that quote. */
    private void directRequests(Quote quote, CurrencyCode pavilionCurrency) {
        if (carriers.size() != 2 || quote.options().isEmpty()
                || quote.warnings().stream().anyMatch(w -> !w.code().equals(QuoteWarning.IMPORT_NOTE))) {
            throw new IllegalStateException("expected two carriers and a quote without failures, got " + carriers.size()
                    + " carriers and " + quote.options() + " " + quote.warnings());
        }
        fxPairs = quote.fxRates();
        toPavilionCurrency = fxPairs.stream().filter(r -> r.base().equals(quote.sellerCurrency()) && r.quote().equals(pavilionCurrency))
                .findFirst().orElseThrow();
        List<CustomsItem> converted = quote.customsItems().stream().map(i -> new CustomsItem(i.description(), i.hsCode(), i.origin(),
                i.quantity(), toPavilionCurrency.convert(i.unitValue(), RoundingMode.HALF_UP), i.unitWeight())).toList();
        Weight gross = quote.parcels().stream().map(Parcel::actualWeight).reduce(Weight.ofGrams(0), Weight::plus);
        estimateRequest = new ImportRequest(quote.shipFrom().country(), quote.shipTo().country(), quote.buyerReference(), converted,
                Money.zero(pavilionCurrency), Money.zero(pavilionCurrency), gross, Incoterm.DAP, pavilionCurrency);
        rateRequest = new RateRequest(quote.shipFrom(), quote.shipTo(), quote.parcels(), quote.customsItems(), quote.goods(),
                Optional.empty());
        List<Object> direct = direct();
        List<ImportAssessment> dapAssessments = direct.stream().filter(ImportAssessment.class::isInstance)
                .map(ImportAssessment.class::cast).skip(1).toList();
        List<List<ImportCharge>> expected = quote.options().stream().filter(o -> !o.dutiesIncludedInShipping())
                .map(QuoteOption::importCharges).toList();
        List<List<ImportCharge>> got = dapAssessments.stream().map(ImportAssessment::charges).toList();
        if (!got.containsAll(expected) || dapAssessments.size() != expected.size()) {
            throw new IllegalStateException("the direct calls do not reproduce the quote: " + got + " vs " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop();
        BenchPlugins.deleteQuietly(work);
    }

    /** @return one quote through the core's service */
    @Benchmark
    public Quote quoteService() {
        return service.create(tenant, request);
    }

    /** @return the same plugin work, called directly and sequentially on the very same extension instances */
    @Benchmark
    public List<Object> pluginsDirect() {
        return direct();
    }

    private final LongAdder serviceNanos = new LongAdder();
    private final LongAdder directNanos = new LongAdder();
    private final LongAdder operations = new LongAdder();
    private final List<String> ratios = new ArrayList<>();

    /**
     * One quote through the service and the same plugin work called directly, timed separately, so both see the
     * same machine load; with several threads each thread alternates, so both sides run at the same thread count.
     *
     * @return something the JIT cannot drop
     */
    @Benchmark
    public Object interleaved() {
        long t0 = System.nanoTime();
        Quote quote = service.create(tenant, request);
        long t1 = System.nanoTime();
        List<Object> direct = direct();
        long t2 = System.nanoTime();
        serviceNanos.add(t1 - t0);
        directNanos.add(t2 - t1);
        operations.increment();
        return direct.size() > 100 ? direct : quote;
    }

    @Setup(Level.Iteration)
    public void resetTimes() {
        serviceNanos.reset();
        directNanos.reset();
        operations.reset();
    }

    @TearDown(Level.Iteration)
    public void recordRatio() {
        if (serviceNanos.sum() > 0) {
            long n = Math.max(1, operations.sum());
            ratios.add(String.format("%.3f (%d/%d us)", (double) directNanos.sum() / serviceNanos.sum(),
                    serviceNanos.sum() / n / 1000, directNanos.sum() / n / 1000));
        }
    }

    @TearDown(Level.Trial)
    public void printRatios() {
        if (!ratios.isEmpty()) {
            System.out.println("INTERLEAVED synchronous=" + synchronous + " settings=" + settings
                    + " service/direct throughput ratio per iteration, incl. warm-up (service/direct us per quote): " + ratios);
        }
    }

    private List<Object> direct() {
        List<Object> out = new ArrayList<>(12);
        for (ExchangeRate pair : fxPairs) {
            out.add(fx.instance().rate(pair.base(), pair.quote(), fx.context()).orElseThrow());
        }
        ImportAssessment estimate = pavilion.instance().assessImport(estimateRequest, pavilion.context());
        out.add(estimate);
        RateRequest withEstimate = new RateRequest(rateRequest.from(), rateRequest.to(), rateRequest.parcels(),
                rateRequest.contents(), rateRequest.declaredValue(), Optional.of(estimate.total()));
        for (Direct<Carrier> carrier : carriers) {
            RateResponse response = carrier.instance().quote(withEstimate, carrier.context());
            for (RateQuote rate : response.quotes()) {
                if (!rate.dutiesIncluded()) {
                    out.add(pavilion.instance().assessImport(new ImportRequest(estimateRequest.origin(), estimateRequest.destination(),
                            estimateRequest.buyerId(), estimateRequest.items(), inPavilionCurrency(rate.price()),
                            estimateRequest.insurance(), estimateRequest.grossWeight(), rate.incoterm(), estimateRequest.currency()),
                            pavilion.context()));
                }
            }
        }
        return out;
    }

    private Money inPavilionCurrency(Money price) {
        if (price.currency().equals(estimateRequest.currency())) {
            return price;
        }
        return fxPairs.stream().filter(r -> r.base().equals(price.currency()) && r.quote().equals(estimateRequest.currency()))
                .findFirst().orElseThrow().convert(price, RoundingMode.HALF_UP);
    }
}
