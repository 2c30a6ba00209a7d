package org.openwtp.sdk.context;

import java.util.Map;
import java.util.Optional;

/**
 * Durable key-value state for one plugin within one tenant: another tenant, or another plugin, never
 * sees it. Implementations are thread-safe and each operation is atomic.
 *
 * <p>Keys are 1 to 200 characters; values at most 64 KiB of text. Plugins serialise their own values.
 */
public interface KeyValueStore {

    /**
     * Reads a value.
     *
     * @param key the key
     * @return the value, or empty if absent
     */
    Optional<String> get(String key);

    /**
     * Writes a value, replacing any previous one.
     *
     * @param key   the key
     * @param value the value
     */
    void put(String key, String value);

    /**
     * Writes a value only if the key is absent.
     *
     * @param key   the key
     * @param value the value
     * @return true if written, false if the key already had a value
     */
    boolean putIfAbsent(String key, String value);

    /**
     * Replaces a value only if it still equals what the caller last read.
     *
     * @param key      the key
     * @param expected the value the caller read
     * @param value    the new value
     * @return true if replaced
     */
    boolean compareAndSet(String key, String expected, String value);

    /**
     * Removes a key.
     *
     * @param key the key
     * @return true if it existed
     */
    boolean delete(String key);

    /**
     * Every entry whose key starts with a prefix, in key order.
     *
     * @param prefix the prefix, may be empty
     * @return an immutable map
     */
    Map<String, String> list(String prefix);
}
