package org.openwtp.core.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.VerificationStatus;

import static org.openwtp.core.commerce.testing.CommerceFixture.OTHER;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;
import static org.openwtp.core.commerce.testing.CommerceFixture.application;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SellerServiceTest {

    private final Backend backend;
    @TempDir
    Path tempDir;
    private CommerceFixture f;

    SellerServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new CommerceFixture(backend, tempDir);
        f.extensions.enable(TENANT, "pavilion-ru", new FakePavilion("RU", "RUB", Money.ofMinor(0, "RUB")));
        f.extensions.enable(TENANT, "pavilion-cn", new FakePavilion("CN", "CNY", Money.ofMinor(0, "CNY")));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void pavilionsAreTheTenantsEnabledPavilionPluginsWithTheirProfiles() {
        assertThat(f.pavilions.list(TENANT)).extracting(p -> p.pavilion().id() + ":" + p.pavilion().country() + ":" + p.pavilion().currency())
                .containsExactly("pavilion-ru:RU:RUB", "pavilion-cn:CN:CNY");
        assertThat(f.pavilions.list(OTHER)).isEmpty();
    }

    @Test
    void aValidNumberIsVerifiedAndStoredNormalized() {
        Seller seller = f.sellers.apply(TENANT, "pavilion-ru", application("77-0771-3461", "RU", List.of()), Optional.empty());

        assertThat(seller.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(seller.normalizedNumber()).isEqualTo("7707713461");
        assertThat(f.sellers.find(TENANT, seller.id())).contains(seller);
    }

    @Test
    void aRejectedApplicationIsStoredWithThePavilionsReasons() {
        Seller seller = f.sellers.apply(TENANT, "pavilion-ru", application("123", "RU", List.of()), Optional.empty());

        assertThat(seller.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(seller.reasons()).extracting(r -> r.code()).containsExactly("BAD_LENGTH");
        assertThat(f.sellers.find(TENANT, seller.id()).orElseThrow().reasons()).isEqualTo(seller.reasons());
    }

    @Test
    void pendingDocumentsThenResubmissionWithThemVerifies() {
        Seller pending = f.sellers.apply(TENANT, "pavilion-ru", application("9000000001", "RU", List.of()), Optional.empty());
        assertThat(pending.status()).isEqualTo(VerificationStatus.PENDING_DOCUMENTS);
        assertThat(pending.requiredDocuments()).containsExactly("EXPORT_CONTRACT");

        Seller verified = f.sellers.submitDocuments(TENANT, pending.id(), List.of("EXPORT_CONTRACT"));

        assertThat(verified.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verified.documents()).containsExactly("EXPORT_CONTRACT");
        assertThat(f.sellers.find(TENANT, pending.id()).orElseThrow().status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThatThrownBy(() -> f.sellers.submitDocuments(TENANT, pending.id(), List.of("X")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CatalogErrors.SELLER_NOT_PENDING));
    }

    @Test
    void aDuplicateNormalizedNumberInTheSamePavilionIsRefused() {
        f.sellers.apply(TENANT, "pavilion-ru", application("7707713461", "RU", List.of()), Optional.empty());

        assertThatThrownBy(() -> f.sellers.apply(TENANT, "pavilion-ru", application("770-771-3461", "RU", List.of()), Optional.empty()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(CatalogErrors.REGISTRY_NUMBER_TAKEN);
                    assertThat(e.fieldErrors()).extracting(fe -> fe.field()).containsExactly("registryNumber");
                });
        // the same company may join another pavilion, and another tenant is another marketplace
        assertThat(f.sellers.apply(TENANT, "pavilion-cn", application("7707713461", "RU", List.of()), Optional.empty()).status())
                .isEqualTo(VerificationStatus.VERIFIED);
        f.extensions.enable(OTHER, "pavilion-ru", new FakePavilion("RU", "RUB", Money.ofMinor(0, "RUB")));
        assertThat(f.sellers.apply(OTHER, "pavilion-ru", application("7707713461", "RU", List.of()), Optional.empty()).status())
                .isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void aRejectedNumberDoesNotBlockALaterApplication() {
        f.sellers.apply(TENANT, "pavilion-ru", application("12345", "RU", List.of()), Optional.empty());
        f.sellers.apply(TENANT, "pavilion-ru", application("12345", "RU", List.of()), Optional.empty());
    }

    @Test
    void anUnknownPavilionOrSchemeIsAFieldError() {
        assertThatThrownBy(() -> f.sellers.apply(TENANT, "pavilion-xx", application("7707713461", "RU", List.of()), Optional.empty()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldErrors()).extracting(fe -> fe.field())
                        .containsExactly("pavilion"));
        assertThatThrownBy(() -> f.sellers.apply(OTHER, "pavilion-ru", application("7707713461", "RU", List.of()), Optional.empty()))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aSellerKeyActsForTheSellerItAppliedAsAndOnlyOnce() {
        Seller seller = f.sellers.apply(TENANT, "pavilion-ru", application("7707713461", "RU", List.of()), Optional.of("key1"));

        assertThat(f.sellers.sellerOfKey(TENANT, "key1")).contains(seller.id());
        assertThat(f.sellers.sellerOfKey(OTHER, "key1")).isEmpty();
        assertThatThrownBy(() -> f.sellers.apply(TENANT, "pavilion-ru", application("7707713462", "RU", List.of()), Optional.of("key1")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CatalogErrors.SELLER_KEY_BOUND));
    }

    @Test
    void deletingATenantDeletesItsSellersKeysProductsAndQuotes() {
        Seller seller = f.sellers.apply(TENANT, "pavilion-ru", application("7707713461", "RU", List.of()), Optional.of("key1"));
        f.product(TENANT, seller.id(), "Tea", Money.of("100.00", "RUB"), 100, 5);

        new org.openwtp.core.tenant.TenantService(f.storage, f.clock).delete(TENANT);

        long left = f.storage.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sellers").mapTo(Long.class).one()
                + h.createQuery("SELECT COUNT(*) FROM products").mapTo(Long.class).one()
                + h.createQuery("SELECT COUNT(*) FROM seller_api_keys").mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    @Test
    void anotherTenantsSellerIsNotFound() {
        Seller seller = f.verifiedSeller(TENANT, "pavilion-ru", "7707713461", "RU");

        assertThat(f.sellers.find(OTHER, seller.id())).isEmpty();
        assertThat(f.sellers.find(TENANT, "not-an-id")).isEmpty();
    }

    @Test
    void aFailingPavilionIsABadGatewayNamingIt() {
        f.extensions.disable(TENANT, "pavilion-ru");
        f.extensions.enable(TENANT, "pavilion-ru", new FakePavilion("RU", "RUB", Money.ofMinor(0, "RUB")) {
            @Override
            public org.openwtp.sdk.pavilion.SellerVerification verifySeller(org.openwtp.sdk.pavilion.SellerApplication a,
                                                                           org.openwtp.sdk.context.PluginContext c) {
                throw new IllegalStateException("registry down");
            }
        });
        assertThatThrownBy(() -> f.verifiedSeller(TENANT, "pavilion-ru", "7707713461", "RU"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code().status()).isEqualTo(502);
                    assertThat(e.detail()).contains("pavilion-ru").doesNotContain("registry down");
                });
    }
}
