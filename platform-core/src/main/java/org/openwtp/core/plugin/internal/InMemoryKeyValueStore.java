package org.openwtp.core.plugin.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.openwtp.sdk.context.KeyValueStore;

/**
 * A {@link KeyValueStore} in memory, enforcing the SDK's limits (keys 1 to 200 characters, values at
 * most 64 KiB). Thread-safe; each operation is atomic.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE = 64 * 1024;

    private final ConcurrentNavigableMap<String, String> entries = new ConcurrentSkipListMap<>();

    /** Creates an empty store. */
    public InMemoryKeyValueStore() {
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(checkKey(key)));
    }

    @Override
    public void put(String key, String value) {
        entries.put(checkKey(key), checkValue(value));
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return entries.putIfAbsent(checkKey(key), checkValue(value)) == null;
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value) {
        Objects.requireNonNull(expected, "expected must not be null");
        return entries.replace(checkKey(key), expected, checkValue(value));
    }

    @Override
    public boolean delete(String key) {
        return entries.remove(checkKey(key)) != null;
    }

    @Override
    public Map<String, String> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        Map<String, String> found = new TreeMap<>();
        for (Map.Entry<String, String> entry : entries.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            found.put(entry.getKey(), entry.getValue());
        }
        return java.util.Collections.unmodifiableMap(found);
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("key must be 1 to " + MAX_KEY + " characters, was " + key.length());
        }
        return key;
    }

    private static String checkValue(String value) {
        Objects.requireNonNull(value, "value must not be null");
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("value must be at most " + MAX_VALUE + " characters, was " + value.length());
        }
        return value;
    }
}
