package org.openwtp.core.commerce.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.openwtp.core.commerce.catalog.CatalogSettings;
import org.openwtp.core.commerce.catalog.PavilionDirectory;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.ProductDraft;
import org.openwtp.core.commerce.catalog.ProductService;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.commerce.quote.QuoteService;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.commerce.quote.internal.QuoteCalls;
import org.openwtp.core.commerce.quote.internal.QuoteStore;
import org.openwtp.core.commerce.quote.internal.RateCache;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.TestDatabase;
import org.openwtp.core.tenant.TenantService;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * Sellers, catalog and quotes wired by hand over a fresh database (SQLite file or PostgreSQL schema), with
 * fake plugins and a clock tests move. Two tenants exist: {@link #TENANT} and {@link #OTHER}.
 */
public final class CommerceFixture implements AutoCloseable {

    /** The tenant most tests work in. */
    public static final TenantId TENANT = TenantId.of("acme");
    /** Another tenant, for isolation checks. */
    public static final TenantId OTHER = TenantId.of("other");

    private final AutoCloseable database;
    public final Storage storage;
    public final TestClock clock = new TestClock(Instant.parse("2030-03-01T10:00:00Z"));
    public final FakeExtensions extensions = new FakeExtensions(clock);
    public final PavilionDirectory pavilions = new PavilionDirectory(extensions);
    /** The catalog caches' monotonic clock: it stands still until a test moves it. */
    public final AtomicLong nanos = new AtomicLong();
    public final SellerService sellers;
    public final ProductService products;
    private QuoteCalls calls;

    /**
     * @param backend SQLite or PostgreSQL
     * @param tempDir where the SQLite file goes
     */
    public CommerceFixture(Backend backend, Path tempDir) {
        this(TestDatabase.open(backend, tempDir));
    }

    /**
     * Over a storage opened elsewhere (closed with the fixture).
     *
     * @param storage a migrated, empty storage
     */
    public CommerceFixture(Storage storage) {
        this(storage, storage);
    }

    private CommerceFixture(TestDatabase db) {
        this(db.storage(), db);
    }

    private CommerceFixture(Storage storage, AutoCloseable database) {
        this.storage = storage;
        this.database = database;
        TenantService tenants = new TenantService(storage, clock);
        tenants.create(TENANT.value(), "Acme trade hub");
        tenants.create(OTHER.value(), "Other hub");
        this.sellers = new SellerService(storage, pavilions, clock, CatalogSettings.defaults(), nanos::get);
        this.products = new ProductService(storage, sellers, pavilions, clock, CatalogSettings.defaults(), nanos::get);
    }

    /**
     * A quote service with the given settings (a new rate cache each time).
     *
     * @param settings the settings
     * @return the service
     */
    public QuoteService quotes(QuoteSettings settings) {
        if (calls == null) {
            calls = new QuoteCalls(settings.maxCallThreads());
        }
        return new QuoteService(new QuoteStore(storage, clock, settings), products, sellers, pavilions, extensions, clock, settings, calls,
                new RateCache(settings.rateCacheWindow(), settings.rateCacheMaxEntries()));
    }

    /**
     * A seller application.
     *
     * @param number   the registry number
     * @param country  where the company is
     * @param documents documents
     * @return the application
     */
    public static SellerApplication application(String number, String country, List<String> documents) {
        return new SellerApplication("Sibirsky Med LLC", "REG", number,
                Address.of("Sibirsky Med", "ul. Lenina 1", "Novosibirsk", "630000", CountryCode.of(country)),
                "export@sibmed.example", documents);
    }

    /**
     * A verified seller of a pavilion.
     *
     * @param tenant     the tenant
     * @param pavilionId the pavilion
     * @param number     a 10-digit number not starting with 9
     * @param country    the seller's country
     * @return the seller
     */
    public Seller verifiedSeller(TenantId tenant, String pavilionId, String number, String country) {
        return sellers.apply(tenant, pavilionId, application(number, country, List.of()), Optional.empty());
    }

    /**
     * A published product.
     *
     * @param tenant   the tenant
     * @param sellerId the seller
     * @param title    title
     * @param price    unit price
     * @param grams    unit weight
     * @param stock    stock
     * @return the product
     */
    public Product product(TenantId tenant, String sellerId, String title, Money price, long grams, int stock) {
        return products.create(tenant, sellerId, new ProductDraft(title, "", HsCode.of("090210"), CountryCode.of("RU"), price,
                Weight.ofGrams(grams), new Dimensions(200, 100, 50), stock, List.of()));
    }

    @Override
    public void close() {
        if (calls != null) {
            calls.close();
        }
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
