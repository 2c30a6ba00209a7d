package org.openwtp.core.commerce.quote.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.TenantId;

/**
 * Carriers' answers to rate requests, reused for a short window: an identical request (same tenant, same
 * plugin and version, same configuration, equal {@link RateRequest} — the SDK's records compare by value,
 * so the request itself is the canonical key) within the window gets the earlier answer without a call.
 * Only answers are cached, never failures. Bounded: the least recently used entry goes first. Thread-safe
 * (one lock; entries are small and the critical sections are map operations).
 */
public final class RateCache {

    /**
     * What identifies an answer.
     *
     * @param tenant        the tenant
     * @param pluginId      the carrier plugin
     * @param pluginVersion its version (a reload never reuses the old code's answers)
     * @param config        the tenant's configuration of it
     * @param request       the rate request
     */
    public record Key(TenantId tenant, String pluginId, String pluginVersion, PluginConfig config, RateRequest request) {
    }

    private record Entry(RateResponse response, Instant fetchedAt) {
    }

    private final Duration window;
    private final Map<Key, Entry> entries;

    /**
     * A cache.
     *
     * @param window     how long an answer is reused; zero disables caching
     * @param maxEntries most entries kept
     */
    public RateCache(Duration window, int maxEntries) {
        this.window = window;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * An answer fetched less than the window ago.
     *
     * @param key the request
     * @param now the time
     * @return the answer, or empty
     */
    public Optional<RateResponse> get(Key key, Instant now) {
        if (window.isZero()) {
            return Optional.empty();
        }
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!now.isBefore(entry.fetchedAt().plus(window))) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry.response());
        }
    }

    /**
     * Keeps an answer.
     *
     * @param key      the request
     * @param response the carrier's answer
     * @param now      when it was fetched
     */
    public void put(Key key, RateResponse response, Instant now) {
        if (window.isZero()) {
            return;
        }
        synchronized (entries) {
            entries.put(key, new Entry(response, now));
        }
    }

    /** @return how many answers are kept */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
