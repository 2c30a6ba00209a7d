package org.openwtp.core.commerce;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openwtp.core.commerce.catalog.CatalogSettings;
import org.openwtp.core.commerce.catalog.PavilionDirectory;
import org.openwtp.core.commerce.catalog.ProductService;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.commerce.catalog.internal.CatalogStockChanges;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.order.OrderLedger;
import org.openwtp.core.commerce.order.OrderService;
import org.openwtp.core.commerce.order.OrderableQuote;
import org.openwtp.core.commerce.order.PlaceOrderRequest;
import org.openwtp.core.commerce.order.QuoteSource;
import org.openwtp.core.commerce.payment.PaymentReconciler;
import org.openwtp.core.commerce.payment.PaymentService;
import org.openwtp.core.commerce.payment.PaymentSettings;
import org.openwtp.core.commerce.shipment.ShipmentService;
import org.openwtp.core.events.OutboxDispatcher;
import org.openwtp.core.events.OutboxSettings;
import org.openwtp.core.events.WebhookSubscriptionService;
import org.openwtp.core.events.WebhookTargetPolicy;
import org.openwtp.core.events.internal.HttpWebhookSender;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.TestDatabase;
import org.openwtp.core.tenant.MasterKeyRing;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.ShipmentCategory;
import org.openwtp.sdk.trade.Weight;

/**
 * The order, payment, shipment and outbox features wired by hand over a fresh database, with a movable
 * clock, a fake payment provider ({@value #PAY}) and carrier ({@value #SHIP}) enabled for tenant A, and
 * quotes served from memory.
 */
public final class CommerceFixture implements AutoCloseable {

    public static final TenantId A = TenantId.of("tenant-a");
    public static final TenantId B = TenantId.of("tenant-b");
    public static final String PAY = "fake-pay";
    public static final String SHIP = "fake-carrier";

    private final AutoCloseable closer;
    public final Storage storage;
    public final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
    public final FakeExtensions extensions = new FakeExtensions(clock);
    public final FakePaymentProvider provider = new FakePaymentProvider();
    public final FakeCarrier carrier = new FakeCarrier();
    public final Map<String, OrderableQuote> quotes = new ConcurrentHashMap<>();
    private static final String MASTER_KEY = MasterKeyRing.generateKey();
    public final MasterKeyRing keys = MasterKeyRing.of(MASTER_KEY, List.of());
    public final PaymentSettings paymentSettings;
    public final QuoteSource quoteSource;
    public final OrderLedger ledger;
    /** The catalog's monotonic clock for its caches: it stands still until a test moves it. */
    public final AtomicLong nanos = new AtomicLong();
    /** The catalog over the same tables, told of the orders' stock changes as in the server. */
    public final ProductService catalog;
    public final PaymentService payments;
    public final OrderService orders;
    public final ShipmentService shipments;
    public final PaymentReconciler reconciler;
    public final WebhookSubscriptionService subscriptions;
    public final OutboxSettings outboxSettings = new OutboxSettings(Duration.ofMillis(50), 100, Duration.ofSeconds(10),
            Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ofSeconds(5));

    public CommerceFixture(Backend backend, Path dir) {
        this(TestDatabase.open(backend, dir), Duration.ofSeconds(5));
    }

    public CommerceFixture(TestDatabase db, Duration callTimeout) {
        this(db.storage(), db, callTimeout);
    }

    /** Over an open storage (e.g. one SQLite file opened again after a "restart"). */
    public CommerceFixture(Storage storage, AutoCloseable closer, Duration callTimeout) {
        this.closer = closer;
        this.storage = storage;
        this.paymentSettings = new PaymentSettings(callTimeout, callTimeout.plusSeconds(60), Duration.ofSeconds(10),
                Duration.ofMinutes(15), Duration.ofSeconds(1), 100);
        storage.useTransaction(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS products (tenant_id VARCHAR(63) NOT NULL, product_id VARCHAR(64) NOT NULL,"
                    + " stock INTEGER NOT NULL, PRIMARY KEY (tenant_id, product_id))");
            for (TenantId t : List.of(A, B)) {
                if (h.createQuery("SELECT COUNT(*) FROM tenants WHERE tenant_id = :t").bind("t", t.value()).mapTo(Integer.class).one() == 0) {
                    h.createUpdate("INSERT INTO tenants (tenant_id, display_name, status, created_at, updated_at) VALUES (:t, :t, 'ACTIVE', 0, 0)")
                            .bind("t", t.value()).execute();
                }
            }
        });
        extensions.register(A, PaymentProvider.class, PAY, provider);
        extensions.register(A, Carrier.class, SHIP, carrier);
        PavilionDirectory pavilions = new PavilionDirectory(extensions);
        catalog = new ProductService(storage, new SellerService(storage, pavilions, clock, CatalogSettings.defaults(), nanos::get),
                pavilions, clock, CatalogSettings.defaults(), nanos::get);
        ledger = new OrderLedger(clock, new CatalogStockChanges(catalog));
        payments = new PaymentService(storage, clock, extensions, ledger, paymentSettings);
        quoteSource = (tenant, quoteId) -> {
            OrderableQuote q = quotes.get(tenant.value() + "/" + quoteId);
            if (q == null) {
                throw new ApiException(CommerceErrors.QUOTE_NOT_FOUND, "no quote '" + quoteId + "' here");
            }
            return q;
        };
        orders = new OrderService(storage, clock, quoteSource, extensions, payments, ledger);
        shipments = new ShipmentService(storage, clock, extensions, payments, ledger, paymentSettings);
        reconciler = new PaymentReconciler(storage, clock, payments, paymentSettings);
        subscriptions = new WebhookSubscriptionService(storage, clock, keys, WebhookTargetPolicy.anyTarget());
    }

    /** A dispatcher over this database (a new one simulates a restarted process). */
    public OutboxDispatcher dispatcher() {
        return new OutboxDispatcher(storage, clock, extensions, new HttpWebhookSender(WebhookTargetPolicy.anyTarget()), keys, outboxSettings);
    }

    /**
     * A product row in the catalog's {@code products} table (V21) with the given stock, under a placeholder
     * seller; only its stock matters to orders.
     */
    public void product(TenantId tenant, String productId, int stock) {
        storage.useTransaction(h -> {
            h.createUpdate("INSERT INTO sellers (tenant_id, seller_id, pavilion_id, legal_name, registry_scheme, registry_number,"
                            + " normalized_number, registry_key, address, contact_email, documents, status, reasons, required_documents,"
                            + " created_at, updated_at, version) VALUES (:t, 'sel-fixture', 'pavilion-fixture', 'Fixture seller', 'REG',"
                            + " '1', '1', NULL, '{}', 'seller@example.com', '[]', 'VERIFIED', '[]', '[]', 0, 0, 1)"
                            + " ON CONFLICT (tenant_id, seller_id) DO NOTHING")
                    .bind("t", tenant.value()).execute();
            h.createUpdate("INSERT INTO products (tenant_id, product_id, seller_id, pavilion_id, title, description, search_text,"
                            + " hs_code, hs_chapter, origin, price_minor, currency, unit_weight_g, length_mm, width_mm, height_mm, stock,"
                            + " certificates, status, required_certificates, reasons, created_at, updated_at, version) VALUES"
                            + " (:t, :p, 'sel-fixture', 'pavilion-fixture', :p, '', :p, '090210', '09', 'CN', 10000, 'EUR', 1000,"
                            + " 100, 100, 100, :s, '[]', 'PUBLISHED', '[]', '[]', 0, 0, 1)")
                    .bind("t", tenant.value()).bind("p", productId).bind("s", stock).execute();
        });
    }

    public int stock(TenantId tenant, String productId) {
        return storage.withHandle(h -> h.createQuery("SELECT stock FROM products WHERE tenant_id = :t AND product_id = :p")
                .bind("t", tenant.value()).bind("p", productId).mapTo(Integer.class).one());
    }

    /** A quote for {@code quantity} of a product at 100.00 EUR each, shipping 10.00, valid for an hour. */
    public OrderableQuote quote(TenantId tenant, String quoteId, String productId, int quantity) {
        Money goods = Money.of("100.00", "EUR").times(quantity);
        Money shipping = Money.of("10.00", "EUR");
        Money zero = Money.zero(goods.currency());
        Address from = Address.of("Tea House", "Nevsky 1", "Saint Petersburg", "191186", CountryCode.of("RU"));
        Address to = Address.of("Anna Buyer", "Hauptstr. 5", "Berlin", "10115", CountryCode.of("DE"));
        OrderableQuote.Option option = new OrderableQuote.Option("opt-1", SHIP, "STD", Incoterm.DAP, goods, shipping, zero, zero,
                goods.plus(shipping), List.of(new Parcel(Weight.ofGrams(500L * quantity), Dimensions.ofCentimetres(20, 10, 5))),
                List.of(new CustomsItem("Black tea", HsCode.of("090230"), CountryCode.of("RU"), quantity, Money.of("100.00", "EUR"),
                        Weight.ofGrams(500))), ShipmentCategory.SALE_OF_GOODS);
        OrderableQuote q = new OrderableQuote(quoteId, "seller-1", clock.instant().plus(Duration.ofHours(1)), from, to,
                List.of(new OrderableQuote.Line(productId, "Black tea", quantity, Money.of("100.00", "EUR"))), List.of(option));
        quotes.put(tenant.value() + "/" + quoteId, q);
        return q;
    }

    public static PlaceOrderRequest card(String quoteId, String number) {
        return new PlaceOrderRequest(quoteId, "opt-1", new PlaceOrderRequest.PaymentMethodInput(PAY, PaymentMethodType.CARD,
                Map.of("number", number, "expiry", "12/35", "holder", "Anna Buyer")), "buyer-1");
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
