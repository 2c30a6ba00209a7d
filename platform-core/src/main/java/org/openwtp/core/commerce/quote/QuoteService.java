package org.openwtp.core.commerce.quote;

import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.PluginFailures;
import org.openwtp.core.commerce.catalog.CatalogErrors;
import org.openwtp.core.commerce.catalog.EnabledPavilion;
import org.openwtp.core.commerce.catalog.PavilionDirectory;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.ProductService;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.commerce.quote.internal.ParcelPacker;
import org.openwtp.core.commerce.quote.internal.QuoteCalls;
import org.openwtp.core.commerce.quote.internal.QuoteStore;
import org.openwtp.core.commerce.quote.internal.RateCache;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The landed-cost quote. For one seller's items shipped to a buyer it asks, in parallel under one deadline:
 * every enabled carrier for rates, the destination country's pavilion for duties and import taxes, and the
 * FX source for the conversions. The pavilion's goods-only estimate is what DDP services price duties with,
 * so carriers are asked once it is in, or without it after half the deadline; each DAP rate is assessed again
 * with its shipping (countries that tax goods plus shipping). A carrier that throws or overruns drops out
 * with a warning; the others still answer. Stored quotes are what orders are placed from
 * ({@link #findValid}). See docs/commerce.md. Thread-safe.
 */
public final class QuoteService {

    private static final Logger LOG = LoggerFactory.getLogger(QuoteService.class);
    /** Conversions round half up to the target currency's minor unit. */
    public static final RoundingMode FX_ROUNDING = RoundingMode.HALF_UP;
    private static final Set<ChargeType> TAXES = EnumSet.of(ChargeType.IMPORT_VAT, ChargeType.CONSUMPTION_TAX);
    /** The FX answer when there is nothing to ask: the same currency, or no FX source. */
    private static final Future<FxAnswer> NO_FX = CompletableFuture.completedFuture(new FxAnswer(Optional.empty(), Optional.empty()));

    private final QuoteStore store;
    private final ProductService products;
    private final SellerService sellers;
    private final PavilionDirectory pavilions;
    private final PluginExtensions extensions;
    private final Clock clock;
    private final QuoteSettings settings;
    private final QuoteCalls calls;
    private final RateCache rateCache;
    private final ParcelPacker packer;

    /**
     * Creates the service.
     *
     * @param store      where quotes are kept (written behind, see {@link QuoteStore})
     * @param products   the catalog
     * @param sellers    the sellers
     * @param pavilions  the tenant's pavilions
     * @param extensions the tenant-aware plugin lookup
     * @param clock      the clock
     * @param settings   deadline, cache window, validity, packing
     * @param calls      the threads plugin calls run on
     * @param rateCache  the carriers' recent answers
     */
    @Inject
    public QuoteService(QuoteStore store, ProductService products, SellerService sellers, PavilionDirectory pavilions,
                        PluginExtensions extensions, Clock clock, QuoteSettings settings, QuoteCalls calls, RateCache rateCache) {
        this.store = store;
        this.products = products;
        this.sellers = sellers;
        this.pavilions = pavilions;
        this.extensions = extensions;
        this.clock = clock;
        this.settings = settings;
        this.calls = calls;
        this.rateCache = rateCache;
        this.packer = new ParcelPacker(settings.maxParcelWeight(), settings.maxStackHeightMm());
    }

    /**
     * Quotes the landed cost of a request and stores the quote.
     *
     * @param tenant  the tenant
     * @param request items, address, currency
     * @return the stored quote
     * @throws ApiException 400 for unknown products, 409 {@code insufficient_stock}, 422 {@code quote_mixed_sellers},
     *                      {@code no_carriers} or {@code fx_rate_unavailable}; 502/504 when the FX source fails
     */
    public Quote create(TenantId tenant, QuoteRequest request) {
        Instant now = clock.instant();
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        List<Product> lines = products(tenant, request);
        Seller seller = sellers.find(tenant, lines.get(0).sellerId())
                .orElseThrow(() -> new IllegalStateException("product " + lines.get(0).id() + " has no seller"));
        CurrencyCode sellerCurrency = lines.get(0).price().currency();
        List<QuotedItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Product p = lines.get(i);
            items.add(new QuotedItem(p.id(), p.title(), p.hsCode(), p.origin(), request.items().get(i).quantity(), p.price(),
                    p.unitWeight(), p.dimensions()));
        }
        List<CustomsItem> customs = items.stream().map(QuoteService::customsItem).toList();
        List<Parcel> parcels = packer.pack(items);
        Money goods = items.stream().map(QuotedItem::lineTotal).reduce(Money.zero(sellerCurrency), Money::plus);

        List<TenantExtension<Carrier>> carriers = extensions.forTenant(tenant, Carrier.class);
        if (carriers.isEmpty()) {
            throw new ApiException(QuoteErrors.NO_CARRIERS, "this tenant has no carrier enabled, so nothing can be quoted; "
                    + "ask the tenant admin to enable one");
        }
        Optional<EnabledPavilion> destination = pavilions.forCountry(tenant, request.shipTo().country());
        Optional<TenantExtension<FxRateSource>> fxSource = extensions.forTenant(tenant, FxRateSource.class).stream().findFirst();

        Run run = new Run(tenant, deadline, fxSource, request, seller, sellerCurrency, customs, parcels, goods, destination);
        for (String down : extensions.unavailable(tenant, Carrier.class)) {
            run.warn(QuoteWarning.of(QuoteWarning.CARRIER_UNAVAILABLE, "carrier '" + down
                    + "' is enabled but not running (stopped or failed), so it was not asked", down));
        }
        List<CarrierCall> asked = run.askCarriers(carriers);
        List<CarrierAnswer> answered = new ArrayList<>();
        for (CarrierCall call : asked) {
            run.await(call.pluginId, call).ifPresent(answered::add);
        }
        run.cancelEstimate();
        CurrencyCode buyerCurrency = request.buyerCurrency();
        // normally fetched by a call thread already (see askCarrier); asked here only if every carrier failed. Without
        // it the quote fails here, whatever options the call threads built.
        run.convertForBuyer(goods, run.fx(sellerCurrency, buyerCurrency, false));

        List<QuoteOption> options = new ArrayList<>();
        answered.forEach(answer -> options.addAll(answer.options()));
        options.sort(Comparator.comparing((QuoteOption o) -> o.seller().total().minorUnits())
                .thenComparing(QuoteOption::carrierPluginId).thenComparing(QuoteOption::serviceCode)
                .thenComparing(o -> o.incoterm().name()));
        List<QuoteOption> numbered = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            QuoteOption o = options.get(i);
            numbered.add(o.withId("opt-" + (i + 1)));
        }
        boolean dutiesEstimated = destination.isPresent()
                && (numbered.isEmpty() ? run.finalEstimate().assessment().isPresent()
                : numbered.stream().allMatch(QuoteOption::dutiesEstimated));
        if (destination.isEmpty()) {
            run.warn(QuoteWarning.of(QuoteWarning.DUTIES_NOT_ESTIMATED, "no pavilion of this marketplace covers "
                    + request.shipTo().country() + ": duties and import taxes are NOT estimated and NOT included in the totals;"
                    + " the buyer may owe them on delivery"));
        } else if (!dutiesEstimated) {
            run.warn(QuoteWarning.of(QuoteWarning.DUTIES_NOT_ESTIMATED, "duties and import taxes could not be estimated for "
                    + (numbered.isEmpty() ? "this quote" : "some options")
                    + "; those totals do NOT include them", destination.get().pavilion().id()));
        }
        Instant created = clock.instant();
        Quote quote = new Quote(Ids.next("quo", clock.instant()), tenant, seller.id(), seller.pavilionId(), seller.address(),
                request.shipTo(), request.buyerReference(), sellerCurrency, buyerCurrency, items, parcels, customs, goods,
                destination.map(d -> d.pavilion().id()), dutiesEstimated, numbered, run.ratesUsed(), run.warnings(), created,
                created.plus(settings.validity()));
        store.save(quote);
        LOG.debug("quote {} for tenant {}: {} options, {} warnings in {} ms", quote.id(), tenant, numbered.size(),
                quote.warnings().size(), Duration.between(now, created).toMillis());
        return quote;
    }

    /**
     * A stored quote, expired or not.
     *
     * @param tenant  the tenant
     * @param quoteId the quote
     * @return the quote, or empty (also for another tenant's)
     */
    public Optional<Quote> find(TenantId tenant, String quoteId) {
        if (!Ids.looksLike("quo", quoteId)) {
            return Optional.empty();
        }
        return store.find(tenant, quoteId);
    }

    /**
     * A stored quote an order can still be placed from: it exists for this tenant and has not expired. Use
     * {@link #find} to tell an expired quote (410 {@code quote_expired}) from an unknown one.
     *
     * @param tenant  the tenant
     * @param quoteId the quote
     * @return the quote with its options, or empty
     */
    public Optional<Quote> findValid(TenantId tenant, String quoteId) {
        Instant now = clock.instant();
        return find(tenant, quoteId).filter(q -> !q.isExpiredAt(now));
    }

    private List<Product> products(TenantId tenant, QuoteRequest request) {
        List<String> ids = request.items().stream().map(QuoteItem::productId).toList();
        Map<String, Product> byId = new LinkedHashMap<>();
        products.findAll(tenant, ids).forEach(p -> byId.put(p.id(), p));
        List<FieldError> missing = new ArrayList<>();
        List<Product> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Product p = byId.get(ids.get(i));
            if (p == null || !p.isPublished()) {
                missing.add(new FieldError("items[" + i + "].productId", "not_found", "no published product '" + ids.get(i) + "' here"));
            } else {
                lines.add(p);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.validation(missing);
        }
        Set<String> sellerIds = new LinkedHashSet<>();
        lines.forEach(p -> sellerIds.add(p.sellerId()));
        if (sellerIds.size() > 1) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                errors.add(new FieldError("items[" + i + "].productId", "seller", "sold by seller " + lines.get(i).sellerId()));
            }
            throw new ApiException(QuoteErrors.MIXED_SELLERS, "the items come from " + sellerIds.size() + " sellers " + sellerIds
                    + "; each seller ships separately, so ask one quote per seller").withFieldErrors(errors);
        }
        List<FieldError> short_ = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int quantity = request.items().get(i).quantity();
            if (quantity > lines.get(i).stock()) {
                short_.add(new FieldError("items[" + i + "].quantity", "insufficient_stock", "only " + lines.get(i).stock()
                        + " units of " + lines.get(i).id() + " are in stock, " + quantity + " asked"));
            }
        }
        if (!short_.isEmpty()) {
            throw new ApiException(CatalogErrors.INSUFFICIENT_STOCK, short_.get(0).message()).withFieldErrors(short_);
        }
        return lines;
    }

    private static CustomsItem customsItem(QuotedItem item) {
        String description = item.title().length() > 200 ? item.title().substring(0, 200) : item.title();
        return new CustomsItem(description, item.hsCode(), item.origin(), item.quantity(), item.unitPrice(), item.unitWeight());
    }

    /** An FX source's answer: a rate, none, or a failure. */
    private record FxAnswer(Optional<ExchangeRate> rate, Optional<PluginCallException> failure) {
    }

    /** A conversion's direction. */
    private record CurrencyPair(CurrencyCode from, CurrencyCode to) {
    }

    /** The destination pavilion's goods-only assessment, with the goods in its currency. */
    private record Estimate(Optional<ImportAssessment> assessment, List<CustomsItem> destinationItems) {
        static final Estimate NONE = new Estimate(Optional.empty(), List.of());
    }

    /** One carrier's answer and the options made of its rates. */
    private record CarrierAnswer(String pluginId, RateResponse response, List<QuoteOption> options) {
    }

    /** One carrier's part of a quote, counted down on its run's latch when it ends however it ends. */
    private static final class CarrierCall extends FutureTask<CarrierAnswer> {

        private final String pluginId;
        private final CountDownLatch ended;

        CarrierCall(String pluginId, Callable<CarrierAnswer> ask, CountDownLatch ended) {
            super(ask);
            this.pluginId = pluginId;
            this.ended = ended;
        }

        /** No call thread was free: the carrier is not asked (await turns this into a warning). */
        void reject(RejectedExecutionException e) {
            setException(e);
        }

        @Override
        protected void done() {
            ended.countDown();
        }
    }

    /** The state of one quote while its calls run. Thread-safe: shared by the request thread and the call threads. */
    private final class Run {
        private final TenantId tenant;
        private final long deadline;
        private final long estimateDeadline;
        private final Optional<TenantExtension<FxRateSource>> fxSource;
        private final QuoteRequest request;
        private final Seller seller;
        private final CurrencyCode sellerCurrency;
        private final List<CustomsItem> customs;
        private final List<Parcel> parcels;
        private final Money goods;
        private final Optional<EnabledPavilion> destination;
        private final Map<CurrencyPair, Future<FxAnswer>> fx = new ConcurrentHashMap<>();
        private final Map<CurrencyPair, ExchangeRate> used = new ConcurrentHashMap<>();
        private final List<QuoteWarning> warnings = new ArrayList<>();
        private final AtomicBoolean carriersStarted = new AtomicBoolean();
        // set once by the request thread in askCarriers before any call thread can read them (the executor's
        // hand-off publishes them)
        private List<CarrierCall> carrierCalls = List.of();
        private CountDownLatch carriersEnded = new CountDownLatch(0);
        private volatile Future<Estimate> estimate = CompletableFuture.completedFuture(Estimate.NONE);

        Run(TenantId tenant, long deadline, Optional<TenantExtension<FxRateSource>> fxSource, QuoteRequest request, Seller seller,
            CurrencyCode sellerCurrency, List<CustomsItem> customs, List<Parcel> parcels, Money goods,
            Optional<EnabledPavilion> destination) {
            this.tenant = tenant;
            this.deadline = deadline;
            this.estimateDeadline = deadline - settings.deadline().toNanos() / 2;
            this.fxSource = fxSource;
            this.request = request;
            this.seller = seller;
            this.sellerCurrency = sellerCurrency;
            this.customs = customs;
            this.parcels = parcels;
            this.goods = goods;
            this.destination = destination;
        }

        CallOptions callOptions() {
            long left = Math.max(TimeUnit.MILLISECONDS.toNanos(1), deadline - System.nanoTime());
            return CallOptions.onCallerThread(Duration.ofNanos(left));
        }

        void warn(QuoteWarning warning) {
            synchronized (warnings) {
                if (!warnings.contains(warning)) {
                    warnings.add(warning);
                }
            }
        }

        List<QuoteWarning> warnings() {
            synchronized (warnings) {
                return List.copyOf(warnings);
            }
        }

        List<ExchangeRate> ratesUsed() {
            return used.values().stream().sorted(Comparator.comparing((ExchangeRate r) -> r.base().code())
                    .thenComparing(r -> r.quote().code())).toList();
        }

        /**
         * The FX source's answer for a pair, asked once per quote. On a call thread ({@code inline}) the first
         * asker runs the call itself (no hand-off; the request thread's cancel at the deadline interrupts it);
         * the request thread hands it to a call thread so it never blocks past the deadline.
         */
        Future<FxAnswer> fx(CurrencyCode from, CurrencyCode to, boolean inline) {
            if (from.equals(to) || fxSource.isEmpty()) {
                return NO_FX;
            }
            CurrencyPair pair = new CurrencyPair(from, to);
            Future<FxAnswer> asked = fx.get(pair); // a quote converts the same few pairs dozens of times
            if (asked != null) {
                return asked;
            }
            TenantExtension<FxRateSource> source = fxSource.get();
            FutureTask<FxAnswer> created = new FutureTask<>(() -> {
                try {
                    return new FxAnswer(source.call("rate", callOptions(), (s, c) -> s.rate(from, to, c)), Optional.empty());
                } catch (PluginCallException e) {
                    return new FxAnswer(Optional.empty(), Optional.of(e));
                }
            });
            Future<FxAnswer> existing = fx.putIfAbsent(pair, created);
            if (existing != null) {
                return existing;
            }
            if (inline) {
                created.run();
            } else {
                try {
                    calls.execute(created);
                } catch (RejectedExecutionException e) {
                    created.cancel(false);
                }
            }
            return created;
        }

        /** Converts, waiting for the rate until the deadline; empty (with a warning) when there is none. */
        Optional<Money> convert(Money money, CurrencyCode to, String purpose, boolean inline) {
            if (money.currency().equals(to)) {
                return Optional.of(money);
            }
            FxAnswer answer = awaitFx(fx(money.currency(), to, inline));
            if (answer.rate().isEmpty()) {
                warn(fxWarning(money.currency(), to, answer, purpose));
                return Optional.empty();
            }
            ExchangeRate rate = answer.rate().get();
            used.putIfAbsent(new CurrencyPair(rate.base(), rate.quote()), rate);
            return Optional.of(rate.convert(money, FX_ROUNDING));
        }

        /** The goods in the buyer's currency; a missing rate is an error, not a silently missing amount. */
        Optional<Money> convertForBuyer(Money money, Future<FxAnswer> pending) {
            CurrencyCode to = request.buyerCurrency();
            if (money.currency().equals(to)) {
                return Optional.of(money);
            }
            FxAnswer answer = awaitFx(pending);
            if (answer.failure().isPresent()) {
                throw PluginFailures.toApi(answer.failure().get(), "give the " + money.currency() + "/" + to + " exchange rate");
            }
            if (answer.rate().isEmpty()) {
                throw new ApiException(QuoteErrors.FX_RATE_UNAVAILABLE, "no exchange rate from " + money.currency() + " to " + to
                        + (fxSource.isEmpty() ? ": this marketplace has no FX source enabled"
                        : ": FX source '" + fxSource.get().pluginId() + "' has none") + "; ask for the quote in "
                        + money.currency() + " or another currency the marketplace converts to")
                        .withFieldErrors(List.of(new FieldError("buyerCurrency", "unsupported", "no " + money.currency() + "/" + to + " rate")));
            }
            ExchangeRate rate = answer.rate().get();
            used.putIfAbsent(new CurrencyPair(rate.base(), rate.quote()), rate);
            return Optional.of(rate.convert(money, FX_ROUNDING));
        }

        private FxAnswer awaitFx(Future<FxAnswer> future) {
            try {
                return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                String source = fxSource.map(TenantExtension::pluginId).orElse("fx");
                return new FxAnswer(Optional.empty(), Optional.of(new PluginCallException(PluginCallException.Kind.TIMED_OUT,
                        source, "FxRateSource", "rate", tenant.value(), "no answer before the quote's deadline", null)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(ErrorCode.UNAVAILABLE, "the quote was interrupted; try again");
            } catch (ExecutionException e) {
                throw new IllegalStateException("FX task failed", e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                String source = fxSource.map(TenantExtension::pluginId).orElse("fx");
                return new FxAnswer(Optional.empty(), Optional.of(new PluginCallException(PluginCallException.Kind.REJECTED,
                        source, "FxRateSource", "rate", tenant.value(), "the server is busy with other quotes", null)));
            }
        }

        private QuoteWarning fxWarning(CurrencyCode from, CurrencyCode to, FxAnswer answer, String purpose) {
            String source = fxSource.map(TenantExtension::pluginId).orElse(null);
            String why = answer.failure().isPresent() ? "FX source '" + source + "' failed"
                    : source == null ? "no FX source is enabled" : "FX source '" + source + "' has no rate";
            String message = "no " + from + "/" + to + " exchange rate (" + why + "): " + purpose;
            return source == null ? QuoteWarning.of(QuoteWarning.FX_RATE_UNAVAILABLE, message)
                    : QuoteWarning.of(QuoteWarning.FX_RATE_UNAVAILABLE, message, source);
        }

        /**
         * On the request thread: starts the destination pavilion's goods-only estimate, and the carriers once it is
         * in. The call thread that made the estimate asks the first carrier itself and hands the others to call
         * threads, so no carrier thread is started only to park until the estimate is in, and the first carrier
         * starts without a wake-up. An estimate not in within half the deadline (or none to make) does not hold the
         * carriers back: then this thread starts them all without it. Returns when every carrier has ended or the
         * deadline has passed; {@link #await} then takes each answer.
         *
         * @param carriers the tenant's carriers
         * @return one call per carrier, in the given order
         */
        List<CarrierCall> askCarriers(List<TenantExtension<Carrier>> carriers) {
            carriersEnded = new CountDownLatch(carriers.size());
            List<CarrierCall> asked = new ArrayList<>();
            for (TenantExtension<Carrier> carrier : carriers) {
                asked.add(new CarrierCall(carrier.pluginId(), () -> askCarrier(carrier), carriersEnded));
            }
            carrierCalls = List.copyOf(asked);
            if (destination.isPresent()) {
                FutureTask<Estimate> pending = new FutureTask<>(this::estimate) {
                    @Override
                    protected void done() {
                        if (!isCancelled()) {
                            startCarriersAfterEstimate();
                        }
                    }
                };
                estimate = pending;
                try {
                    calls.execute(pending);
                } catch (RejectedExecutionException e) {
                    estimate = CompletableFuture.completedFuture(Estimate.NONE);
                    warn(QuoteWarning.of(QuoteWarning.DUTIES_NOT_ESTIMATED, "the destination pavilion was not asked: the server is busy",
                            destination.get().pavilion().id()));
                }
            }
            if (estimate.isDone()) {
                startCarriersOnCallThreads();
            }
            try {
                if (!carriersEnded.await(Math.min(estimateDeadline, deadline) - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    startCarriersOnCallThreads(); // the estimate is late: the carriers are asked without it
                    carriersEnded.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                carrierCalls.forEach(call -> call.cancel(true));
                cancelEstimate();
                Thread.currentThread().interrupt();
                throw new ApiException(ErrorCode.UNAVAILABLE, "the quote was interrupted; try again");
            }
            return carrierCalls;
        }

        /** On the call thread that just made the estimate: the other carriers to call threads, the first one here. */
        private void startCarriersAfterEstimate() {
            if (!carrierCalls.isEmpty() && carriersStarted.compareAndSet(false, true)) {
                execute(carrierCalls.subList(1, carrierCalls.size()));
                carrierCalls.get(0).run();
            }
        }

        /** On the request thread: every carrier to a call thread, unless the estimate's thread started them. */
        private void startCarriersOnCallThreads() {
            if (carriersStarted.compareAndSet(false, true)) {
                execute(carrierCalls);
            }
        }

        private void execute(List<CarrierCall> toStart) {
            for (CarrierCall call : toStart) {
                try {
                    calls.execute(call);
                } catch (RejectedExecutionException e) {
                    call.reject(e);
                }
            }
        }

        /** At the end of the quote: an estimate still running is abandoned. */
        void cancelEstimate() {
            if (!estimate.isDone()) {
                estimate.cancel(true);
            }
        }

        private Estimate estimate() {
            EnabledPavilion pavilion = destination.orElseThrow();
            CurrencyCode currency = pavilion.pavilion().currency();
            List<CustomsItem> converted = new ArrayList<>();
            for (CustomsItem item : customs) {
                Optional<Money> unit = convert(item.unitValue(), currency, "duties cannot be estimated in " + currency, true);
                if (unit.isEmpty()) {
                    return Estimate.NONE;
                }
                converted.add(new CustomsItem(item.description(), item.hsCode(), item.origin(), item.quantity(), unit.get(), item.unitWeight()));
            }
            Optional<ImportAssessment> assessment = assess(converted, Money.zero(currency), Incoterm.DAP);
            if (assessment.isPresent()) {
                fx(currency, sellerCurrency, true);
                fx(currency, request.buyerCurrency(), true);
            }
            assessment.ifPresent(a -> a.notes().forEach(note -> warn(QuoteWarning.of(QuoteWarning.IMPORT_NOTE,
                    note.code() + ": " + note.message(), pavilion.pavilion().id()))));
            return new Estimate(assessment, List.copyOf(converted));
        }

        private Optional<ImportAssessment> assess(List<CustomsItem> items, Money shipping, Incoterm incoterm) {
            EnabledPavilion pavilion = destination.orElseThrow();
            CurrencyCode currency = pavilion.pavilion().currency();
            ImportRequest importRequest = new ImportRequest(seller.address().country(), request.shipTo().country(),
                    request.buyerReference(), items, shipping, Money.zero(currency), grossWeight(), incoterm, currency);
            try {
                ImportAssessment assessment = pavilion.extension().call("assessImport", callOptions(),
                        (p, c) -> p.assessImport(importRequest, c));
                if (!assessment.currency().equals(currency)) {
                    throw new IllegalStateException("assessment in " + assessment.currency() + ", not " + currency);
                }
                return Optional.of(assessment);
            } catch (PluginCallException | IllegalStateException e) {
                LOG.warn("destination pavilion '{}' failed to assess duties for tenant {}: {}", pavilion.pavilion().id(), tenant,
                        e.getMessage());
                warn(QuoteWarning.of(QuoteWarning.DUTIES_NOT_ESTIMATED, "destination pavilion '" + pavilion.pavilion().id()
                        + "' " + (e instanceof PluginCallException pce && pce.isTimeout() ? "did not answer in time" : "failed")
                        + " when asked for duties", pavilion.pavilion().id()));
                return Optional.empty();
            }
        }

        private Weight grossWeight() {
            return parcels.stream().map(Parcel::actualWeight).reduce(Weight.ofGrams(0), Weight::plus);
        }

        /**
         * On a call thread: takes the estimate (if in by half the deadline), asks the carrier, assesses its DAP rates
         * and makes its options, so the carriers' options are made in parallel rather than one after another on the
         * request thread once the last carrier has answered.
         */
        private CarrierAnswer askCarrier(TenantExtension<Carrier> carrier) {
            Estimate estimate = awaitEstimate(this.estimate);
            RateRequest rateRequest = new RateRequest(seller.address(), request.shipTo(), parcels, customs, goods,
                    estimate.assessment().map(ImportAssessment::total));
            RateCache.Key key = new RateCache.Key(tenant, carrier.pluginId(), carrier.pluginVersion(), carrier.config(), rateRequest);
            RateResponse response = rateCache.get(key, clock.instant()).orElse(null);
            if (response == null) {
                response = carrier.call("quote", callOptions(), (c, ctx) -> c.quote(rateRequest, ctx));
                rateCache.put(key, response, clock.instant());
            }
            fx(sellerCurrency, request.buyerCurrency(), true);
            Map<RateQuote, Optional<ImportAssessment>> assessments = new LinkedHashMap<>();
            for (RateQuote rate : response.quotes()) {
                fx(rate.price().currency(), sellerCurrency, true);
                fx(rate.price().currency(), request.buyerCurrency(), true);
                if (rate.dutiesIncluded() || estimate.assessment().isEmpty()) {
                    assessments.put(rate, estimate.assessment());
                    continue;
                }
                CurrencyCode currency = destination.orElseThrow().pavilion().currency();
                Optional<Money> shipping = convert(rate.price(), currency, "duties of '" + carrier.pluginId() + "' "
                        + rate.serviceCode() + " are assessed on the goods alone", true);
                assessments.put(rate, shipping.isEmpty() ? estimate.assessment()
                        : assess(estimate.destinationItems(), shipping.get(), rate.incoterm()));
            }
            CurrencyCode buyerCurrency = request.buyerCurrency();
            // without this rate the request thread fails the quote (convertForBuyer), so no warning here
            Optional<Money> goodsBuyer = sellerCurrency.equals(buyerCurrency) ? Optional.of(goods)
                    : awaitFx(fx(sellerCurrency, buyerCurrency, true)).rate().map(r -> r.convert(goods, FX_ROUNDING));
            List<QuoteOption> options = new ArrayList<>();
            if (goodsBuyer.isPresent()) {
                for (RateQuote rate : response.quotes()) {
                    option(carrier.pluginId(), rate, assessments.getOrDefault(rate, Optional.empty()), goodsBuyer.get())
                            .ifPresent(options::add);
                }
            }
            return new CarrierAnswer(carrier.pluginId(), response, options);
        }

        private Estimate awaitEstimate(Future<Estimate> future) {
            try {
                return future.get(Math.max(0, Math.min(estimateDeadline, deadline) - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                destination.ifPresent(d -> warn(QuoteWarning.of(QuoteWarning.DUTIES_NOT_ESTIMATED, "destination pavilion '"
                        + d.pavilion().id() + "' did not estimate duties within half the quote's deadline; carriers were asked "
                        + "without an estimate (no DDP prices)", d.pavilion().id())));
                return Estimate.NONE;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                return Estimate.NONE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Estimate.NONE;
            }
        }

        Estimate finalEstimate() {
            Future<Estimate> future = estimate;
            if (!future.isDone() || future.isCancelled()) {
                return Estimate.NONE;
            }
            try {
                return future.get();
            } catch (ExecutionException | InterruptedException e) {
                return Estimate.NONE;
            }
        }

        /** On the request thread: one carrier's answer, or empty with a warning naming it. */
        Optional<CarrierAnswer> await(String pluginId, Future<CarrierAnswer> future) {
            try {
                CarrierAnswer answer = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (answer.response().quotes().isEmpty()) {
                    warn(QuoteWarning.of(QuoteWarning.CARRIER_CANNOT_SHIP, "carrier '" + pluginId + "' cannot ship this: "
                            + answer.response().reasons().stream().map(Reason::message).toList(), pluginId));
                }
                return Optional.of(answer);
            } catch (TimeoutException e) {
                future.cancel(true);
                warn(timedOut(pluginId));
                return Optional.empty();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof PluginCallException pce && pce.isTimeout()) {
                    warn(timedOut(pluginId));
                } else if (cause instanceof RejectedExecutionException) {
                    warn(QuoteWarning.of(QuoteWarning.CARRIER_FAILED, "carrier '" + pluginId
                            + "' was not asked: the server is busy with other quotes", pluginId));
                } else {
                    LOG.warn("carrier '{}' failed in a quote for tenant {}: {}", pluginId, tenant, String.valueOf(cause));
                    warn(QuoteWarning.of(QuoteWarning.CARRIER_FAILED, "carrier '" + pluginId
                            + "' failed and is left out of this quote", pluginId));
                }
                return Optional.empty();
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new ApiException(ErrorCode.UNAVAILABLE, "the quote was interrupted; try again");
            }
        }

        private QuoteWarning timedOut(String pluginId) {
            return QuoteWarning.of(QuoteWarning.CARRIER_TIMED_OUT, "carrier '" + pluginId + "' did not answer within "
                    + settings.deadline().toMillis() + " ms and is left out of this quote", pluginId);
        }

        /** On a call thread: one option in both currencies, or empty (with a warning) when its price cannot be converted. */
        private Optional<QuoteOption> option(String pluginId, RateQuote rate, Optional<ImportAssessment> assessment,
                                             Money goodsBuyer) {
            CurrencyCode buyerCurrency = request.buyerCurrency();
            String purpose = "option " + rate.serviceCode() + " of carrier '" + pluginId + "' is left out";
            Optional<Money> shippingSeller = convert(rate.price(), sellerCurrency, purpose, true);
            Optional<Money> shippingBuyer = convert(rate.price(), buyerCurrency, purpose, true);
            if (shippingSeller.isEmpty() || shippingBuyer.isEmpty()) {
                return Optional.empty();
            }
            boolean included = rate.dutiesIncluded();
            Optional<Money> dutiesSeller = Optional.empty();
            Optional<Money> taxesSeller = Optional.empty();
            Optional<Money> dutiesBuyer = Optional.empty();
            Optional<Money> taxesBuyer = Optional.empty();
            boolean estimated;
            if (included) {
                estimated = true;
                dutiesSeller = Optional.of(Money.zero(sellerCurrency));
                taxesSeller = Optional.of(Money.zero(sellerCurrency));
                dutiesBuyer = Optional.of(Money.zero(buyerCurrency));
                taxesBuyer = Optional.of(Money.zero(buyerCurrency));
            } else if (assessment.isPresent()) {
                Money duties = Money.zero(assessment.get().currency());
                Money taxes = Money.zero(assessment.get().currency());
                for (ImportCharge charge : assessment.get().charges()) {
                    if (TAXES.contains(charge.type())) {
                        taxes = taxes.plus(charge.amount());
                    } else {
                        duties = duties.plus(charge.amount());
                    }
                }
                String why = "duties of option " + rate.serviceCode() + " of carrier '" + pluginId + "' are not estimated";
                dutiesSeller = convert(duties, sellerCurrency, why, true);
                taxesSeller = convert(taxes, sellerCurrency, why, true);
                dutiesBuyer = convert(duties, buyerCurrency, why, true);
                taxesBuyer = convert(taxes, buyerCurrency, why, true);
                estimated = dutiesSeller.isPresent() && taxesSeller.isPresent() && dutiesBuyer.isPresent() && taxesBuyer.isPresent();
                if (!estimated) {
                    dutiesSeller = Optional.empty();
                    taxesSeller = Optional.empty();
                    dutiesBuyer = Optional.empty();
                    taxesBuyer = Optional.empty();
                }
            } else {
                estimated = false;
            }
            List<ImportCharge> charges = assessment.map(ImportAssessment::charges).orElse(List.of());
            boolean atCheckout = estimated && assessment.map(ImportAssessment::collectedAtCheckout).orElse(false);
            return Optional.of(new QuoteOption("pending", pluginId, rate, estimated, included, estimated ? charges : List.of(),
                    atCheckout, QuoteAmounts.of(goods, shippingSeller.get(), dutiesSeller, taxesSeller),
                    QuoteAmounts.of(goodsBuyer, shippingBuyer.get(), dutiesBuyer, taxesBuyer)));
        }
    }
}
