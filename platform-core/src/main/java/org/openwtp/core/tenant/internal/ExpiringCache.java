package org.openwtp.core.tenant.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.LongSupplier;

/**
 * Values read from the database, trusted for a short time so a hot path does not read them again: bounded in
 * size (when full it starts over) and in age. Changes made through this process invalidate entries at once;
 * a value read from the database while such a change raced with the read is never stored, because every
 * invalidation bumps a generation counter that {@link #put} checks (read {@link #generation()} before reading
 * the database). Changes made by another process on the same database (a second node, the CLI) are seen when
 * the entry expires, after at most {@link #ttl()}. Thread-safe: reads are lock-free, writes are serialised.
 *
 * @param <K> the key
 * @param <V> the cached value (immutable)
 */
public final class ExpiringCache<K, V> {

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
    public ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        Objects.requireNonNull(ttl, "ttl must not be null");
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

    /** @param key a key whose value changed */
    public synchronized void invalidate(K key) {
        generation++;
        entries.remove(key);
    }

    /** @param changed which entries changed */
    public synchronized void invalidateIf(BiPredicate<K, V> changed) {
        generation++;
        entries.entrySet().removeIf(e -> changed.test(e.getKey(), e.getValue().value()));
    }
}
