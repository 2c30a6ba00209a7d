package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.store.Backend;
import org.openwtp.core.tenant.internal.ApiKeyCache;
import org.openwtp.core.tenant.internal.ApiKeyDao;
import org.openwtp.sdk.context.TenantId;

/** The API key cache: fewer database reads, and revocation, suspension and expiry still at once in this process. */
class ApiKeyCacheTest {

    private static final TenantId ACME = TenantId.of("acme");

    @TempDir
    Path tempDir;
    private TenantFixture f;
    private final AtomicLong nanos = new AtomicLong();
    private ApiKeyCache cache;
    private TenantService tenants;
    private ApiKeyService apiKeys;

    @BeforeEach
    void open() {
        f = new TenantFixture(Backend.SQLITE, tempDir);
        cache = new ApiKeyCache(Duration.ofSeconds(2), 100, nanos::get);
        tenants = new TenantService(f.db.storage(), f.clock, cache);
        apiKeys = new ApiKeyService(f.db.storage(), f.clock, cache);
        tenants.create("acme", "Acme");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void revokedKeyIsRefusedAtOnceThoughItWasCached() {
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront", Optional.empty());
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();
        assertThat(cache.get(issued.key().keyId())).isPresent();

        apiKeys.revoke(ACME, issued.key().keyId());

        assertThat(apiKeys.authenticate(issued.rawKey())).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.REVOKED));
    }

    @Test
    void suspendingTheTenantRefusesItsCachedKeysAtOnceAndResumingAcceptsThemAtOnce() {
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.TENANT_ADMIN, "admin", Optional.empty());
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();

        tenants.suspend(ACME);
        assertThat(apiKeys.authenticate(issued.rawKey()))
                .isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.TENANT_SUSPENDED));

        tenants.resume(ACME);
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();
    }

    @Test
    void deletingTheTenantRefusesItsCachedKeysAtOnce() {
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront", Optional.empty());
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();

        tenants.delete(ACME);

        assertThat(apiKeys.authenticate(issued.rawKey()))
                .isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.UNKNOWN_KEY));
    }

    @Test
    void expiryIsCheckedOnEveryRequestNotCached() {
        Instant expiry = f.clock.instant().plusSeconds(60);
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront", Optional.of(expiry));
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();

        f.clock.advance(Duration.ofSeconds(61));

        assertThat(apiKeys.authenticate(issued.rawKey())).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.EXPIRED));
    }

    @Test
    void aWrongSecretIsRefusedEvenWhenTheKeyIdIsCached() {
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront", Optional.empty());
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();

        String forged = issued.rawKey().substring(0, issued.rawKey().length() - 4) + "AAAA";

        assertThat(apiKeys.authenticate(forged)).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.UNKNOWN_KEY));
    }

    @Test
    void aRevocationByAnotherProcessIsSeenWhenTheEntryExpires() {
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront", Optional.empty());
        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).isPresent();
        // another node or the CLI: same database, its own services
        new ApiKeyService(f.db.storage(), f.clock).revoke(ACME, issued.key().keyId());

        assertThat(apiKeys.authenticate(issued.rawKey()).principal()).as("served from the cache, within the TTL").isPresent();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(apiKeys.authenticate(issued.rawKey())).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.REVOKED));
    }

    @Test
    void aReadThatRacedWithAnInvalidationIsNotStored() {
        IssuedApiKey issued = apiKeys.issue(ACME, ApiKeyRole.STOREFRONT, "storefront", Optional.empty());
        ApiKeyDao.Credentials stale = new ApiKeyDao.Credentials(issued.key(), "00", TenantStatus.ACTIVE);
        long generation = cache.generation(); // a request reads the generation, then the database...

        cache.invalidateKey(issued.key().keyId()); // ...while the key is revoked and the cache invalidated
        cache.put(issued.key().keyId(), stale, generation);

        assertThat(cache.get(issued.key().keyId())).isEmpty();
    }

    @Test
    void theCacheStaysWithinItsBound() {
        ApiKeyCache small = new ApiKeyCache(Duration.ofSeconds(2), 2, nanos::get);
        ApiKeyService service = new ApiKeyService(f.db.storage(), f.clock, small);
        for (int i = 0; i < 5; i++) {
            IssuedApiKey issued = service.issue(ACME, ApiKeyRole.STOREFRONT, "key " + i, Optional.empty());
            assertThat(service.authenticate(issued.rawKey()).principal()).isPresent();
            assertThat(small.get(issued.key().keyId())).isPresent();
        }
        long cached = f.apiKeys.list(ACME).stream().filter(k -> small.get(k.keyId()).isPresent()).count();
        assertThat(cached).isLessThanOrEqualTo(2);
    }
}
