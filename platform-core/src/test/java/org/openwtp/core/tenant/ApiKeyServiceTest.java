package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.context.TenantId;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ApiKeyServiceTest {

    private static final TenantId ACME = TenantId.of("acme");

    private final Backend backend;
    @TempDir
    Path tempDir;
    private TenantFixture f;

    ApiKeyServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new TenantFixture(backend, tempDir);
        f.tenants.create("acme", "Acme");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void issuedKeyAuthenticatesAsItsTenantAndRole() {
        IssuedApiKey issued = f.apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront prod", Optional.empty());

        assertThat(issued.rawKey()).matches("owtp_[0-9a-f]{24}_[A-Za-z0-9_-]{43}");
        assertThat(f.apiKeys.authenticate(issued.rawKey()).principal())
                .contains(new ApiKeyPrincipal(ACME, ApiKeyRole.STOREFRONT, issued.key().keyId()));
    }

    @Test
    void keysAreRandomAndOnlyAHashIsStored() {
        Set<String> raw = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            raw.add(f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "k" + i, Optional.empty()).rawKey());
        }
        assertThat(raw).hasSize(20);
        List<String> storedColumns = f.db.storage().withHandle(h -> h.createQuery(
                "SELECT key_id || ' ' || secret_hash || ' ' || label FROM api_keys").mapTo(String.class).list());
        for (String key : raw) {
            String secret = key.substring("owtp_".length() + 24 + 1); // the secret itself may contain '_'
            assertThat(storedColumns).noneMatch(row -> row.contains(secret));
        }
    }

    @Test
    void rawKeyIsMaskedInToString() {
        IssuedApiKey issued = f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "s", Optional.empty());
        String secret = issued.rawKey().substring(issued.rawKey().lastIndexOf('_') + 1);
        assertThat(issued.toString()).doesNotContain(secret).contains("****");
    }

    @Test
    void unknownMalformedOrWrongSecretKeysAreUnknown() {
        IssuedApiKey issued = f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "s", Optional.empty());
        String wrongSecret = issued.rawKey().substring(0, issued.rawKey().length() - 2) + "xx";
        for (String candidate : new String[] {null, "", "nonsense", "owtp_", "owtp_zz_zz", wrongSecret,
                "owtp_" + "0".repeat(24) + "_" + "a".repeat(43)}) {
            assertThat(f.apiKeys.authenticate(candidate))
                    .as(String.valueOf(candidate))
                    .isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.UNKNOWN_KEY));
        }
    }

    @Test
    void revokedKeyStopsWorkingAtOnce() {
        IssuedApiKey issued = f.apiKeys.issue(ACME, ApiKeyRole.TENANT_ADMIN, "admin", Optional.empty());
        ApiKey revoked = f.apiKeys.revoke(ACME, issued.key().keyId());

        assertThat(revoked.revokedAt()).isPresent();
        assertThat(f.apiKeys.authenticate(issued.rawKey())).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.REVOKED));
    }

    @Test
    void expiredKeyIsRefused() {
        IssuedApiKey issued = f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "temp", Optional.of(f.clock.instant().plus(Duration.ofHours(1))));
        assertThat(f.apiKeys.authenticate(issued.rawKey()).principal()).isPresent();

        f.clock.advance(Duration.ofHours(1));

        assertThat(f.apiKeys.authenticate(issued.rawKey())).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.EXPIRED));
    }

    @Test
    void suspendedTenantsKeysStopWorkingAtOnceAndWorkAgainOnResume() {
        IssuedApiKey issued = f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "s", Optional.empty());

        f.tenants.suspend(ACME);
        assertThat(f.apiKeys.authenticate(issued.rawKey()))
                .isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.TENANT_SUSPENDED));

        f.tenants.resume(ACME);
        assertThat(f.apiKeys.authenticate(issued.rawKey()).principal()).isPresent();
    }

    @Test
    void expiryInThePastAndBlankLabelAreRefused() {
        assertThatThrownBy(() -> f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "s", Optional.of(f.clock.instant())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("expiresAt"));
        assertThatThrownBy(() -> f.apiKeys.issue(ACME, ApiKeyRole.SELLER, " ", Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(TenantException.Code.API_KEY_INVALID));
    }

    @Test
    void issuingForAnUnknownTenantIsNotFound() {
        assertThatThrownBy(() -> f.apiKeys.issue(TenantId.of("ghost"), ApiKeyRole.SELLER, "s", Optional.empty()))
                .isInstanceOfSatisfying(TenantException.class, e -> assertThat(e.code()).isEqualTo(TenantException.Code.TENANT_NOT_FOUND));
    }

    @Test
    void listShowsMetadataWithoutSecrets() {
        IssuedApiKey a = f.apiKeys.issue(ACME, ApiKeyRole.SELLER, "a", Optional.empty());
        f.clock.advance(Duration.ofSeconds(1));
        IssuedApiKey b = f.apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "b", Optional.empty());

        assertThat(f.apiKeys.list(ACME)).containsExactly(a.key(), b.key());
        assertThat(f.apiKeys.show(ACME, b.key().keyId())).isEqualTo(b.key());
    }
}
