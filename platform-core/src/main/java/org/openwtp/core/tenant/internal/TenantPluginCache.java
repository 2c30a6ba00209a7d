package org.openwtp.core.tenant.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.openwtp.core.cache.ReadThroughCache;
import org.openwtp.core.plugin.EnabledPlugin;
import org.openwtp.sdk.context.TenantId;

/**
 * Each tenant's enabled plugins with their validated configuration, secrets decrypted, so a tenant-aware plugin
 * lookup (several per quote) neither reads the database nor decrypts each time. The clear secrets stay in this
 * process's memory only, as they already did for the length of a lookup. An {@link ReadThroughCache}: enabling,
 * configuring, disabling or removing a plugin and suspending, resuming or deleting a tenant through this process's
 * services invalidate the tenant's entry at once; an entry derived from plugin declarations older than the current
 * ones (a plugin started, stopped or reloaded since) is not served; changes made by another process are seen
 * after at most the TTL. Thread-safe.
 */
public final class TenantPluginCache {

    /** How long an entry is trusted by default. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(2);
    /** At most this many tenants are cached; when full the cache starts over. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private record Snapshot(List<EnabledPlugin> plugins, long declarations) {
    }

    private final ReadThroughCache<TenantId, Snapshot> entries;

    /**
     * @param ttl        how long an entry is trusted (zero disables the cache)
     * @param maxEntries the most tenants kept (zero disables the cache)
     * @param nanoTime   the monotonic clock ({@code System::nanoTime}; a fake in tests)
     */
    public TenantPluginCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.entries = new ReadThroughCache<>(ttl, maxEntries, nanoTime);
    }

    /**
     * @param ttl how long an entry is trusted (zero disables the cache)
     * @return a cache of {@link #DEFAULT_MAX_ENTRIES} tenants on {@link System#nanoTime()}
     */
    public static TenantPluginCache withTtl(Duration ttl) {
        return new TenantPluginCache(ttl, DEFAULT_MAX_ENTRIES, System::nanoTime);
    }

    /** @return a cache that keeps nothing: every lookup reads the database */
    public static TenantPluginCache disabled() {
        return withTtl(Duration.ZERO);
    }

    /**
     * @param tenant       the tenant
     * @param declarations {@link org.openwtp.core.plugin.PluginConfigSchemas#version()} now
     * @return the tenant's enabled plugins, if cached, younger than the TTL and derived from these declarations
     */
    public Optional<List<EnabledPlugin>> get(TenantId tenant, long declarations) {
        return entries.get(tenant).filter(s -> s.declarations() == declarations).map(Snapshot::plugins);
    }

    /** @return the generation to pass to {@link #put}; read it before reading the database */
    public long generation() {
        return entries.generation();
    }

    /**
     * Stores what was read, unless an invalidation happened since {@code generation} was read.
     *
     * @param tenant       the tenant
     * @param plugins      its enabled plugins
     * @param declarations {@link org.openwtp.core.plugin.PluginConfigSchemas#version()} as read before the database read
     * @param generation   {@link #generation()} as read before the database read
     */
    public void put(TenantId tenant, List<EnabledPlugin> plugins, long declarations, long generation) {
        entries.put(tenant, new Snapshot(List.copyOf(plugins), declarations), generation);
    }

    /** @param tenant a tenant whose plugin settings or status changed, or that was deleted */
    public void invalidateTenant(TenantId tenant) {
        entries.invalidate(tenant);
    }
}
