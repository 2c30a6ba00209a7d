package org.openwtp.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.openwtp.sdk.context.KeyValueStore;

/**
 * A {@link KeyValueStore} in memory, with the limits the SDK promises the core enforces: keys of 1 to
 * 200 characters, values of at most 64 KiB (UTF-8). A plugin that breaks a limit fails in its tests
 * with the same {@link IllegalArgumentException} it would meet in production. Thread-safe; every
 * operation is atomic.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {
    /** The longest key, in characters. */
    public static final int MAX_KEY_LENGTH = 200;
    /** The largest value, in UTF-8 bytes. */
    public static final int MAX_VALUE_BYTES = 64 * 1024;

    private final ConcurrentNavigableMap<String, String> entries = new ConcurrentSkipListMap<>();

    /** An empty store. */
    public InMemoryKeyValueStore() {
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(checkKey(key)));
    }

    @Override
    public void put(String key, String value) {
        entries.put(checkKey(key), checkValue(key, value));
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return entries.putIfAbsent(checkKey(key), checkValue(key, value)) == null;
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value) {
        Objects.requireNonNull(expected, "expected value must not be null (use putIfAbsent for an absent key)");
        return entries.replace(checkKey(key), expected, checkValue(key, value));
    }

    @Override
    public boolean delete(String key) {
        return entries.remove(checkKey(key)) != null;
    }

    @Override
    public Map<String, String> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null (use an empty string for every entry)");
        Map<String, String> result = new TreeMap<>();
        for (Map.Entry<String, String> e : entries.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            result.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Every entry, for assertions such as "handling an event twice changed nothing".
     *
     * @return an immutable copy in key order
     */
    public Map<String, String> snapshot() {
        return list("");
    }

    /**
     * The number of entries.
     *
     * @return how many keys have a value
     */
    public int size() {
        return entries.size();
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key must be 1 to " + MAX_KEY_LENGTH + " characters, was " + key.length());
        }
        return key;
    }

    private static String checkValue(String key, String value) {
        Objects.requireNonNull(value, "value of '" + key + "' must not be null (use delete to remove a key)");
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("value of '" + key + "' is " + bytes + " bytes; at most " + MAX_VALUE_BYTES + " are stored");
        }
        return value;
    }

    @Override
    public String toString() {
        return "InMemoryKeyValueStore" + entries.keySet();
    }
}
