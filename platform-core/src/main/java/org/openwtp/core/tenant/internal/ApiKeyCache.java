package org.openwtp.core.tenant.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.openwtp.core.cache.ReadThroughCache;
import org.openwtp.sdk.context.TenantId;

/**
 * The credentials of recently presented API keys (secret hash, key, tenant status), so authenticating a
 * request does not read the database each time. Bounded in size and in age. Revoking a key and suspending,
 * resuming or deleting a tenant through this process's services invalidate the affected entries at once; an
 * entry filled from a read that raced with such a change is never stored (a generation counter is bumped by
 * every invalidation and checked when storing). Changes made by another process on the same database (a
 * second node, the CLI) are seen when the entry expires, after at most {@link #ttl()} (an {@link ReadThroughCache}).
 *
 * <p>Expiry of a key is not cached: the caller checks it against its clock on every request. Thread-safe.
 */
public final class ApiKeyCache {

    /** How long an entry is trusted: the longest a change made by another process goes unseen. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(2);
    /** At most this many keys are cached; when full the cache starts over. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final ReadThroughCache<String, ApiKeyDao.Credentials> entries;

    /**
     * @param ttl        how long an entry is trusted (zero disables the cache)
     * @param maxEntries the most keys kept (zero disables the cache)
     * @param nanoTime   the monotonic clock ({@code System::nanoTime}; a fake in tests)
     */
    public ApiKeyCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.entries = new ReadThroughCache<>(ttl, maxEntries, nanoTime);
    }

    /** @return a cache with the defaults, on {@link System#nanoTime()} */
    public static ApiKeyCache withDefaults() {
        return new ApiKeyCache(DEFAULT_TTL, DEFAULT_MAX_ENTRIES, System::nanoTime);
    }

    /** @return a cache that keeps nothing: every authentication reads the database */
    public static ApiKeyCache disabled() {
        return new ApiKeyCache(Duration.ZERO, 0, System::nanoTime);
    }

    /** @return how long an entry is trusted */
    public Duration ttl() {
        return entries.ttl();
    }

    /**
     * @param keyId the key id
     * @return the cached credentials, if present and younger than the TTL
     */
    public Optional<ApiKeyDao.Credentials> get(String keyId) {
        return entries.get(keyId);
    }

    /** @return the generation to pass to {@link #put}; read it before reading the database */
    public long generation() {
        return entries.generation();
    }

    /**
     * Stores credentials read from the database, unless an invalidation happened since {@code generation} was read.
     *
     * @param keyId       the key id
     * @param credentials what the database said
     * @param generation  {@link #generation()} as read before the database read
     */
    public void put(String keyId, ApiKeyDao.Credentials credentials, long generation) {
        entries.put(keyId, credentials, generation);
    }

    /** @param keyId a key whose state changed (revoked) */
    public void invalidateKey(String keyId) {
        entries.invalidate(keyId);
    }

    /** @param tenant a tenant whose status changed or that was deleted */
    public void invalidateTenant(TenantId tenant) {
        entries.invalidateEntriesIf((keyId, credentials) -> credentials.key().tenant().equals(tenant));
    }
}
