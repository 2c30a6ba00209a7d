package org.openwtp.core.commerce.catalog;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of sellers and the catalog.
 *
 * @param pluginCallTimeout deadline of a seller verification or a listing check (both may reach a
 *                          national registry over the network)
 * @param cacheTtl          how long a product or seller read from the database is served from memory: the
 *                          longest a change made by another process (a second node) goes unseen; zero turns
 *                          the cache off
 * @param cacheMaxEntries   the most products (and, separately, sellers) kept in memory; zero turns the cache off
 */
public record CatalogSettings(Duration pluginCallTimeout, Duration cacheTtl, int cacheMaxEntries) {

    /** Default {@link #cacheTtl()}: short, so other nodes' writes are seen soon. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(2);
    /** Default {@link #cacheMaxEntries()}. */
    public static final int DEFAULT_CACHE_MAX_ENTRIES = 10_000;

    /** Validates the settings. */
    public CatalogSettings {
        Objects.requireNonNull(pluginCallTimeout, "pluginCallTimeout must not be null");
        Objects.requireNonNull(cacheTtl, "cacheTtl must not be null");
        if (pluginCallTimeout.isNegative() || pluginCallTimeout.isZero()) {
            throw new IllegalArgumentException("pluginCallTimeout must be positive, was " + pluginCallTimeout);
        }
        if (cacheTtl.isNegative() || cacheTtl.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("cacheTtl must be from 0 (off) to 1 minute, was " + cacheTtl);
        }
        if (cacheMaxEntries < 0 || cacheMaxEntries > 1_000_000) {
            throw new IllegalArgumentException("cacheMaxEntries must be from 0 (off) to 1000000, was " + cacheMaxEntries);
        }
    }

    /** @return a 5 s plugin call deadline and the default cache */
    public static CatalogSettings defaults() {
        return new CatalogSettings(Duration.ofSeconds(5), DEFAULT_CACHE_TTL, DEFAULT_CACHE_MAX_ENTRIES);
    }

    /**
     * @param ttl the new {@link #cacheTtl()}
     * @return these settings with that cache TTL
     */
    public CatalogSettings withCacheTtl(Duration ttl) {
        return new CatalogSettings(pluginCallTimeout, ttl, cacheMaxEntries);
    }
}
