package org.openwtp.core.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.testing.CommerceFixture.OTHER;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;
import static org.openwtp.core.commerce.testing.CommerceFixture.application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.commerce.testing.FakePavilion;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ProductServiceTest {

    private final Backend backend;
    @TempDir
    Path tempDir;
    private CommerceFixture f;
    private Seller seller;

    ProductServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new CommerceFixture(backend, tempDir);
        f.extensions.enable(TENANT, "pavilion-ru", new FakePavilion("RU", "RUB", Money.ofMinor(0, "RUB")));
        f.extensions.enable(TENANT, "pavilion-cn", new FakePavilion("CN", "CNY", Money.ofMinor(0, "CNY")));
        seller = f.verifiedSeller(TENANT, "pavilion-ru", "7707713461", "RU");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static ProductDraft draft(String title, String hs, List<String> certificates) {
        return new ProductDraft(title, "Natural, from the Altai", HsCode.of(hs), CountryCode.of("RU"), Money.of("450.00", "RUB"),
                Weight.ofGrams(1200), new Dimensions(150, 100, 100), 10, certificates);
    }

    @Test
    void anAllowedListingIsPublished() {
        Product p = f.products.create(TENANT, seller.id(), draft("Ivan-chai tea", "090210", List.of()));

        assertThat(p.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(f.products.find(TENANT, p.id())).contains(p);
    }

    @Test
    void aBlockedListingIsRefusedWithThePavilionsReasonsAndNotStored() {
        assertThatThrownBy(() -> f.products.create(TENANT, seller.id(), draft("Hunting rifle", "930320", List.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(CatalogErrors.LISTING_BLOCKED);
                    assertThat(e.code().status()).isEqualTo(422);
                    assertThat(e.fieldErrors()).extracting(fe -> fe.code()).containsExactly("ARMS_EXPORT_BANNED", "LICENCE_REQUIRED");
                });
        assertThat(f.products.search(TENANT, new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false),
                Optional.empty(), 10)).isEmpty();
    }

    @Test
    void aListingNeedingACertificateStaysUnpublishedUntilOneIsAttached() {
        Product honey = f.products.create(TENANT, seller.id(), draft("Buckwheat honey", "040900", List.of()));
        assertThat(honey.status()).isEqualTo(ProductStatus.NEEDS_CERTIFICATE);
        assertThat(honey.requiredCertificates()).containsExactly("VETERINARY_CERTIFICATE");
        assertThat(f.products.search(TENANT, ProductQuery.published(), Optional.empty(), 10)).isEmpty();

        Product still = f.products.attachCertificate(TENANT, honey.id(), "PHYTOSANITARY_CERTIFICATE");
        assertThat(still.status()).isEqualTo(ProductStatus.NEEDS_CERTIFICATE);

        Product published = f.products.attachCertificate(TENANT, honey.id(), "VETERINARY_CERTIFICATE");
        assertThat(published.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(published.certificates()).containsExactly("PHYTOSANITARY_CERTIFICATE", "VETERINARY_CERTIFICATE");
        assertThat(published.requiredCertificates()).isEmpty();
        assertThat(f.products.search(TENANT, ProductQuery.published(), Optional.empty(), 10)).extracting(Product::id)
                .containsExactly(honey.id());
    }

    @Test
    void onlyVerifiedSellersList() {
        Seller pending = f.sellers.apply(TENANT, "pavilion-ru", application("9000000001", "RU", List.of()), Optional.empty());

        assertThatThrownBy(() -> f.products.create(TENANT, pending.id(), draft("Tea", "090210", List.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CatalogErrors.SELLER_NOT_VERIFIED));
    }

    @Test
    void thePriceMustBeInThePavilionsCurrency() {
        ProductDraft inEuro = new ProductDraft("Tea", "", HsCode.of("090210"), CountryCode.of("RU"), Money.of("4.50", "EUR"),
                Weight.ofGrams(100), new Dimensions(10, 10, 10), 1, List.of());

        assertThatThrownBy(() -> f.products.create(TENANT, seller.id(), inEuro))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldErrors()).extracting(fe -> fe.field())
                        .containsExactly("price.currency"));
    }

    @Test
    void anUpdateIsCheckedAgainAndABlockedChangeLeavesTheProductAsItWas() {
        Product tea = f.products.create(TENANT, seller.id(), draft("Tea", "090210", List.of()));
        Product renamed = f.products.update(TENANT, tea.id(), new ProductPatch(Optional.of("Ivan-chai"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Money.of("500.00", "RUB")), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(renamed.title()).isEqualTo("Ivan-chai");
        assertThat(renamed.price()).isEqualTo(Money.of("500.00", "RUB"));
        assertThat(renamed.version()).isEqualTo(2);

        assertThatThrownBy(() -> f.products.update(TENANT, tea.id(), new ProductPatch(Optional.empty(), Optional.empty(),
                Optional.of(HsCode.of("930320")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CatalogErrors.LISTING_BLOCKED));
        assertThat(f.products.find(TENANT, tea.id()).orElseThrow().hsCode()).isEqualTo(HsCode.of("090210"));
    }

    @Test
    void stockAdjustmentsNeverGoBelowZeroEvenConcurrently() throws Exception {
        Product tea = f.products.create(TENANT, seller.id(), draft("Tea", "090210", List.of()));
        assertThat(f.products.adjustStock(TENANT, tea.id(), 5).stock()).isEqualTo(15);
        assertThatThrownBy(() -> f.products.adjustStock(TENANT, tea.id(), -16))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CatalogErrors.INSUFFICIENT_STOCK));
        assertThatThrownBy(() -> f.products.adjustStock(TENANT, tea.id(), 0)).isInstanceOf(ApiException.class);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            takes.add(pool.submit(() -> {
                start.await();
                try {
                    f.products.adjustStock(TENANT, tea.id(), -1);
                    return true;
                } catch (ApiException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> take : takes) {
            succeeded += take.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(15);
        assertThat(f.products.find(TENANT, tea.id()).orElseThrow().stock()).isZero();
    }

    @Test
    void searchFiltersByPavilionTextAndChapterInAStableCursorOrder() {
        Seller cn = f.verifiedSeller(TENANT, "pavilion-cn", "1100000001", "CN");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            f.clock.advance(java.time.Duration.ofMillis(5));
            ids.add(f.products.create(TENANT, seller.id(), draft("Иван-чай " + i, "090210", List.of())).id());
        }
        f.products.create(TENANT, seller.id(), draft("Altai HONEY", "040900", List.of("VETERINARY_CERTIFICATE")));
        f.products.create(TENANT, cn.id(), new ProductDraft("Green tea", "Longjing", HsCode.of("090210"), CountryCode.of("CN"),
                Money.of("80.00", "CNY"), Weight.ofGrams(250), new Dimensions(100, 100, 100), 5, List.of()));

        ProductQuery ruTea = new ProductQuery(Optional.of("pavilion-ru"), Optional.of("ИВАН"), Optional.of("09"), Optional.empty(), true);
        List<Product> first = f.products.search(TENANT, ruTea, Optional.empty(), 3);
        List<Product> rest = f.products.search(TENANT, ruTea, Optional.of(first.get(2).id()), 3);
        assertThat(first).extracting(Product::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(rest).extracting(Product::id).containsExactlyElementsOf(ids.subList(3, 5));

        assertThat(f.products.search(TENANT, new ProductQuery(Optional.empty(), Optional.of("honey"), Optional.empty(), Optional.empty(), true),
                Optional.empty(), 10)).extracting(Product::title).containsExactly("Altai HONEY");
        assertThat(f.products.search(TENANT, new ProductQuery(Optional.empty(), Optional.of("longjing"), Optional.of("09"), Optional.empty(), true),
                Optional.empty(), 10)).extracting(Product::title).containsExactly("Green tea");
        assertThat(f.products.search(TENANT, new ProductQuery(Optional.empty(), Optional.of("100%_"), Optional.empty(), Optional.empty(), true),
                Optional.empty(), 10)).isEmpty();
        assertThat(f.products.search(OTHER, ProductQuery.published(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void anotherTenantsProductIsNotFound() {
        Product tea = f.products.create(TENANT, seller.id(), draft("Tea", "090210", List.of()));

        assertThat(f.products.find(OTHER, tea.id())).isEmpty();
        assertThatThrownBy(() -> f.products.adjustStock(OTHER, tea.id(), 1))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().status()).isEqualTo(404));
        assertThat(f.products.find(TENANT, tea.id()).orElseThrow().stock()).isEqualTo(10);
    }
}
