package org.openwtp.core.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the database, kept for a short time so hot reads skip it. Bounded in size (when full it
 * starts over, which is cheap and good enough for a working set far below the bound) and in age (an entry
 * older than the TTL is dropped when next read, so a change made by another process on the same database is
 * seen after at most the TTL). Writers of this process call {@link #invalidate} once their change is
 * committed; every invalidation bumps a generation counter, and a value read from the database is stored
 * only if no invalidation happened since the read began, so a read that raced with a write never caches
 * the old value. Absent values are not cached. Thread-safe.
 *
 * @param <K> the key (a record: equality by value)
 * @param <V> the cached value (immutable)
 */
public final class ReadThroughCache<K, V> {

    private record Entry<V>(V value, long loadedAtNanos) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private volatile long generation; // written only while holding this

    /**
     * @param ttl        how long an entry is trusted (zero disables the cache)
     * @param maxEntries the most entries kept (zero disables the cache)
     * @param nanoTime   the monotonic clock ({@code System::nanoTime}; a fake in tests)
     */
    public ReadThroughCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        if (ttl.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("ttl and maxEntries must not be negative, were " + ttl + " and " + maxEntries);
        }
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime must not be null");
    }

    /** @return how long an entry is trusted */
    public Duration ttl() {
        return Duration.ofNanos(ttlNanos);
    }

    /**
     * @param key the key
     * @return the cached value, if present and younger than the TTL
     */
    public Optional<V> get(K key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - e.loadedAtNanos() >= ttlNanos) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /**
     * The cached value, or what {@code load} reads (stored unless a write was invalidated meanwhile).
     *
     * @param key  the key
     * @param load reads the value from the database; empty when there is none (not cached)
     * @return the value, or empty
     */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        Optional<V> cached = get(key);
        if (cached.isPresent()) {
            return cached;
        }
        long before = generation;
        Optional<V> loaded = load.get();
        loaded.ifPresent(v -> put(key, v, before));
        return loaded;
    }

    /** @return the generation to pass to {@link #put}; read it before reading the database */
    public long generation() {
        return generation;
    }

    /**
     * Stores a value read from the database, unless an invalidation happened since {@code generation} was read.
     *
     * @param key        the key
     * @param value      what the database said
     * @param generation {@link #generation()} as read before the database read
     */
    public synchronized void put(K key, V value, long generation) {
        if (maxEntries == 0 || ttlNanos == 0 || generation != this.generation) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, nanoTime.getAsLong()));
    }

    /** @param key a key whose value changed (call after the change is committed) */
    public synchronized void invalidate(K key) {
        generation++;
        entries.remove(key);
    }

    /** @param changed which entries changed, judged by key and cached value (call after the change is committed) */
    public synchronized void invalidateEntriesIf(BiPredicate<? super K, ? super V> changed) {
        generation++;
        entries.entrySet().removeIf(e -> changed.test(e.getKey(), e.getValue().value()));
    }
}
