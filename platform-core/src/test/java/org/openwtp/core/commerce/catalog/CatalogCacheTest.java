package org.openwtp.core.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.commerce.testing.CommerceFixture.OTHER;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;
import static org.openwtp.core.commerce.testing.CommerceFixture.application;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.commerce.testing.FakePavilion;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Dialect;
import org.openwtp.core.store.MigrationResult;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.VerificationStatus;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * The catalog's read-through caches: every write through the services is seen at once, writes of another
 * process (simulated by changing the row directly) after the TTL, and writes never trust a cached copy.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CatalogCacheTest {

    private static final long TTL_NANOS = CatalogSettings.DEFAULT_CACHE_TTL.toNanos();

    private final Backend backend;
    @TempDir
    Path tempDir;
    private CommerceFixture f;
    private Seller seller;

    CatalogCacheTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new CommerceFixture(backend, tempDir);
        f.extensions.enable(TENANT, "pavilion-ru", new FakePavilion("RU", "RUB", Money.ofMinor(0, "RUB")));
        seller = f.verifiedSeller(TENANT, "pavilion-ru", "7707713461", "RU");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private Product listed(String title, String hs) {
        return f.products.create(TENANT, seller.id(), new ProductDraft(title, "Altai", HsCode.of(hs), CountryCode.of("RU"),
                Money.of("450.00", "RUB"), Weight.ofGrams(1200), new Dimensions(150, 100, 100), 10, List.of()));
    }

    /** What another node does: change the row behind this process's back. */
    private void otherNodeRetitles(String productId, String title) {
        f.storage.useTransaction(h -> h.createUpdate("UPDATE products SET title = :t, version = version + 1 WHERE product_id = :p")
                .bind("t", title).bind("p", productId).execute());
    }

    @Test
    void anotherProcesssChangeIsSeenOnceTheTtlHasPassed() {
        Product p = listed("Ivan-chai tea", "090210");
        assertThat(f.products.find(TENANT, p.id()).orElseThrow().title()).isEqualTo("Ivan-chai tea");

        otherNodeRetitles(p.id(), "Retitled elsewhere");
        f.nanos.addAndGet(TTL_NANOS - 1);
        assertThat(f.products.find(TENANT, p.id()).orElseThrow().title()).isEqualTo("Ivan-chai tea");

        f.nanos.addAndGet(1);
        assertThat(f.products.find(TENANT, p.id()).orElseThrow().title()).isEqualTo("Retitled elsewhere");
    }

    @Test
    void aPatchIsSeenAtOnce() {
        Product p = listed("Ivan-chai tea", "090210");
        f.products.find(TENANT, p.id());

        f.products.update(TENANT, p.id(), new ProductPatch(Optional.of("Willowherb tea"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Money.of("500.00", "RUB")), Optional.empty(), Optional.empty(), Optional.empty()));

        Product read = f.products.find(TENANT, p.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Willowherb tea");
        assertThat(read.price()).isEqualTo(Money.of("500.00", "RUB"));
    }

    @Test
    void attachingTheMissingCertificatePublishesAtOnce() {
        Product p = listed("Altai honey", "040900");
        assertThat(f.products.find(TENANT, p.id()).orElseThrow().status()).isEqualTo(ProductStatus.NEEDS_CERTIFICATE);

        f.products.attachCertificate(TENANT, p.id(), "VETERINARY_CERTIFICATE");

        assertThat(f.products.find(TENANT, p.id()).orElseThrow().status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void aStockAdjustmentIsSeenAtOnceAndAnsweredFromTheDatabase() {
        Product p = listed("Ivan-chai tea", "090210");
        f.products.find(TENANT, p.id());

        assertThat(f.products.adjustStock(TENANT, p.id(), -3).stock()).isEqualTo(7);
        assertThat(f.products.find(TENANT, p.id()).orElseThrow().stock()).isEqualTo(7);
    }

    @Test
    void aWriteReadsTheRowAfreshSoAnotherProcesssChangeIsNoConflict() {
        Product p = listed("Ivan-chai tea", "090210");
        f.products.find(TENANT, p.id());
        otherNodeRetitles(p.id(), "Retitled elsewhere"); // the version moved on; the cached copy has the old one

        Product patched = f.products.update(TENANT, p.id(), new ProductPatch(Optional.empty(), Optional.of("New description"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(patched.title()).isEqualTo("Retitled elsewhere");
        assertThat(patched.description()).isEqualTo("New description");
        assertThat(f.products.find(TENANT, p.id()).orElseThrow()).isEqualTo(patched);
    }

    @Test
    void aTenantNeverSeesAnotherTenantsCachedProductOrSeller() {
        Product p = listed("Ivan-chai tea", "090210");
        assertThat(f.products.find(TENANT, p.id())).isPresent();
        assertThat(f.sellers.find(TENANT, seller.id())).isPresent();

        assertThat(f.products.find(OTHER, p.id())).isEmpty();
        assertThat(f.products.findAll(OTHER, List.of(p.id()))).isEmpty();
        assertThat(f.sellers.find(OTHER, seller.id())).isEmpty();
    }

    @Test
    void findAllMixesCachedAndStoredProductsInIdOrder() {
        Product a = listed("Tea A", "090210");
        Product b = listed("Tea B", "090210");
        Product c = listed("Tea C", "090210");
        f.products.find(TENANT, b.id());
        otherNodeRetitles(c.id(), "Tea C, retitled elsewhere");

        List<Product> all = f.products.findAll(TENANT, List.of(c.id(), b.id(), a.id(), "prd_not-an-id"));

        assertThat(all).extracting(Product::id).containsExactly(Stream.of(a, b, c).map(Product::id).sorted().toArray(String[]::new));
        assertThat(all).filteredOn(p -> p.id().equals(c.id())).extracting(Product::title).containsExactly("Tea C, retitled elsewhere");
        otherNodeRetitles(c.id(), "Tea C, again");
        assertThat(f.products.findAll(TENANT, List.of(c.id())).get(0).title()).isEqualTo("Tea C, retitled elsewhere");
    }

    @Test
    void aSellersNewDecisionIsSeenAtOnce() {
        Seller pending = f.sellers.apply(TENANT, "pavilion-ru", application("9707713461", "RU", List.of()), Optional.empty());
        assertThat(f.sellers.find(TENANT, pending.id()).orElseThrow().status()).isEqualTo(VerificationStatus.PENDING_DOCUMENTS);

        f.sellers.submitDocuments(TENANT, pending.id(), List.of("EXPORT_CONTRACT"));

        assertThat(f.sellers.find(TENANT, pending.id()).orElseThrow().status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void aSellerChangedByAnotherProcessIsSeenOnceTheTtlHasPassed() {
        assertThat(f.sellers.find(TENANT, seller.id()).orElseThrow().legalName()).isEqualTo("Sibirsky Med LLC");
        f.storage.useTransaction(h -> h.createUpdate("UPDATE sellers SET legal_name = 'Renamed LLC' WHERE seller_id = :s")
                .bind("s", seller.id()).execute());

        assertThat(f.sellers.find(TENANT, seller.id()).orElseThrow().legalName()).isEqualTo("Sibirsky Med LLC");
        f.nanos.addAndGet(TTL_NANOS);
        assertThat(f.sellers.find(TENANT, seller.id()).orElseThrow().legalName()).isEqualTo("Renamed LLC");
    }

    @Test
    void aReadThatRacedAStockChangeIsAnsweredButNotCached() {
        Product p = listed("Ivan-chai tea", "090210");
        AtomicBoolean raceOnce = new AtomicBoolean();
        AtomicReference<ProductService> racing = new AtomicReference<>();
        // a storage whose next read, once it has the row, lets a stock change commit before it returns
        Storage racingStorage = new Storage() {
            @Override
            public Dialect dialect() {
                return f.storage.dialect();
            }

            @Override
            public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
                return f.storage.inTransaction(callback);
            }

            @Override
            public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
                R read = f.storage.withHandle(callback);
                if (raceOnce.getAndSet(false)) {
                    racing.get().adjustStock(TENANT, p.id(), -4);
                }
                return read;
            }

            @Override
            public MigrationResult migrate() {
                return f.storage.migrate();
            }

            @Override
            public void close() {
            }
        };
        racing.set(new ProductService(racingStorage, f.sellers, f.pavilions, f.clock, CatalogSettings.defaults(), f.nanos::get));

        raceOnce.set(true);
        assertThat(racing.get().find(TENANT, p.id()).orElseThrow().stock()).isEqualTo(10); // read before the change committed

        assertThat(racing.get().find(TENANT, p.id()).orElseThrow().stock()).isEqualTo(6); // not the raced read's 10
    }
}
