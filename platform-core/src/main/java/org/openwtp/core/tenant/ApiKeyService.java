package org.openwtp.core.tenant;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.internal.ApiKeyCache;
import org.openwtp.core.tenant.internal.ApiKeyDao;
import org.openwtp.core.tenant.internal.TenantDao;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues, lists, revokes and authenticates tenants' API keys. A key reads {@code owtp_<keyId>_<secret>}:
 * {@code keyId} is 96 random bits in hex (public, tenant-agnostic), {@code secret} is 256 random bits in
 * base64url. Only the SHA-256 of the secret is stored, compared in constant time. Thread-safe.
 */
public final class ApiKeyService {

    /** Every key starts with this, so leaked keys are easy to recognise in logs and by secret scanners. */
    public static final String PREFIX = "owtp_";

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyService.class);
    private static final int KEY_ID_BYTES = 12;
    private static final int SECRET_BYTES = 32;
    private static final int KEY_ID_LENGTH = KEY_ID_BYTES * 2;
    private static final byte[] NO_MATCH = new byte[32];

    private final Storage storage;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ApiKeyDao keys = new ApiKeyDao();
    private final TenantDao tenants = new TenantDao();
    private final ApiKeyCache cache;

    /**
     * The service over the core's storage, without a cache: every authentication reads the database.
     *
     * @param storage the storage
     * @param clock   the clock expiry is checked against
     */
    public ApiKeyService(Storage storage, Clock clock) {
        this(storage, clock, ApiKeyCache.disabled());
    }

    /**
     * The service over the core's storage, with the process's key cache (shared with {@link TenantService},
     * which invalidates it when a tenant is suspended, resumed or deleted).
     *
     * @param storage the storage
     * @param clock   the clock expiry is checked against
     * @param cache   the key cache
     */
    @Inject
    public ApiKeyService(Storage storage, Clock clock, ApiKeyCache cache) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.cache = Objects.requireNonNull(cache, "cache must not be null");
    }

    /**
     * Issues a key. The raw key is in the result only; it cannot be shown again.
     *
     * @param tenant    the tenant
     * @param role      what the key may do
     * @param label     a human label, 1 to 200 characters (e.g. {@code storefront prod})
     * @param expiresAt when it stops working by itself, or empty for never
     * @return the key and, once, its raw value
     * @throws ValidationException {@code API_KEY_INVALID} for a bad label or an expiry not in the future
     * @throws TenantException     {@code TENANT_NOT_FOUND}
     */
    public IssuedApiKey issue(TenantId tenant, ApiKeyRole role, String label, Optional<Instant> expiresAt) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 200 || cleanLabel.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(TenantException.Code.API_KEY_INVALID, "the key was not issued: give it a label",
                    List.of(new FieldError("label", "INVALID", "label must be 1 to 200 characters without control characters")));
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new ValidationException(TenantException.Code.API_KEY_INVALID, "the key was not issued: its expiry has passed",
                    List.of(new FieldError("expiresAt", "INVALID", "expiry must be in the future, was " + expiresAt.get())));
        }
        String keyId = HexFormat.of().formatHex(randomBytes(KEY_ID_BYTES));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
        ApiKey key = new ApiKey(keyId, tenant, role, cleanLabel, now, expiresAt.map(e -> e.truncatedTo(ChronoUnit.MILLIS)), Optional.empty());
        storage.useTransaction(h -> {
            if (tenants.find(h, tenant).isEmpty()) {
                throw TenantService.notFound(tenant);
            }
            keys.insert(h, key, HexFormat.of().formatHex(sha256(secret)));
        });
        LOG.info("API key {} ({}) issued for tenant {}", keyId, role, tenant);
        return new IssuedApiKey(key, PREFIX + keyId + "_" + secret);
    }

    /**
     * A tenant's keys, revoked and expired ones included.
     *
     * @param tenant the tenant
     * @return the keys, oldest first (empty for an unknown tenant)
     */
    public List<ApiKey> list(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        return storage.withHandle(h -> keys.list(h, tenant));
    }

    /**
     * One key of a tenant.
     *
     * @param tenant the tenant
     * @param keyId  the key id
     * @return the key
     * @throws TenantException {@code API_KEY_NOT_FOUND} if the tenant has no such key
     */
    public ApiKey show(TenantId tenant, String keyId) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        return storage.withHandle(h -> keys.find(h, tenant, String.valueOf(keyId))).orElseThrow(() -> keyNotFound(tenant, keyId));
    }

    /**
     * Revokes a key of a tenant; it stops working at once. Revoking twice is harmless.
     *
     * @param tenant the tenant
     * @param keyId  the key id
     * @return the revoked key
     * @throws TenantException {@code API_KEY_NOT_FOUND} if the tenant has no such key
     */
    public ApiKey revoke(TenantId tenant, String keyId) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        ApiKey revoked = storage.inTransaction(h -> {
            if (!keys.revoke(h, tenant, String.valueOf(keyId), clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
                throw keyNotFound(tenant, keyId);
            }
            return keys.find(h, tenant, keyId).orElseThrow();
        });
        cache.invalidateKey(revoked.keyId());
        LOG.info("API key {} of tenant {} revoked", keyId, tenant);
        return revoked;
    }

    /**
     * Who a raw key acts as. Revocation and suspension through this process take effect at once (they
     * invalidate the key cache), expiry is checked on every call; a change made by another process on the same
     * database is seen within the cache's TTL ({@link ApiKeyCache}).
     *
     * @param rawKey the key as presented, may be null
     * @return the principal, or why the key is refused
     */
    public AuthenticationResult authenticate(String rawKey) {
        Optional<String[]> parts = parse(rawKey);
        String keyId = parts.map(p -> p[0]).orElse(null);
        Optional<ApiKeyDao.Credentials> found = keyId == null ? Optional.empty() : credentials(keyId);
        byte[] presented = sha256(parts.map(p -> p[1]).orElse(""));
        byte[] expected = found.map(c -> HexFormat.of().parseHex(c.secretHash())).orElse(NO_MATCH);
        boolean secretMatches = MessageDigest.isEqual(presented, expected) && found.isPresent();
        if (!secretMatches) {
            return new AuthenticationResult.Rejected(AuthenticationFailure.UNKNOWN_KEY);
        }
        ApiKey key = found.get().key();
        if (key.revokedAt().isPresent()) {
            return new AuthenticationResult.Rejected(AuthenticationFailure.REVOKED);
        }
        if (!key.isUsableAt(clock.instant())) {
            return new AuthenticationResult.Rejected(AuthenticationFailure.EXPIRED);
        }
        if (found.get().tenantStatus() != TenantStatus.ACTIVE) {
            return new AuthenticationResult.Rejected(AuthenticationFailure.TENANT_SUSPENDED);
        }
        return new AuthenticationResult.Authenticated(new ApiKeyPrincipal(key.tenant(), key.role(), key.keyId()));
    }

    private Optional<ApiKeyDao.Credentials> credentials(String keyId) {
        Optional<ApiKeyDao.Credentials> cached = cache.get(keyId);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = cache.generation();
        Optional<ApiKeyDao.Credentials> read = storage.withHandle(h -> keys.findForAuthentication(h, keyId));
        read.ifPresent(c -> cache.put(keyId, c, generation));
        return read;
    }

    private static Optional<String[]> parse(String rawKey) {
        if (rawKey == null || !rawKey.startsWith(PREFIX) || rawKey.length() > 200) {
            return Optional.empty();
        }
        String rest = rawKey.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep < 0) {
            return Optional.empty();
        }
        String keyId = rest.substring(0, sep);
        String secret = rest.substring(sep + 1);
        if (!isLowerHex(keyId, KEY_ID_LENGTH) || secret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {keyId, secret});
    }

    /** A loop, not a regular expression: this runs on every authenticated request. */
    private static boolean isLowerHex(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static TenantException keyNotFound(TenantId tenant, String keyId) {
        return new TenantException(TenantException.Code.API_KEY_NOT_FOUND, "tenant '" + tenant + "' has no API key '" + keyId + "'");
    }
}
