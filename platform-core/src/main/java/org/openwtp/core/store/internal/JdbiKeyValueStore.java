package org.openwtp.core.store.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;

/**
 * The SDK key-value store of one (tenant, plugin), persisted in {@code plugin_state}. Every statement
 * filters on both tenant and plugin. Each operation is one statement in one transaction, hence atomic.
 * Thread-safe.
 *
 * <p>Keys are 1 to 200 characters without control characters; values at most 64 KiB of UTF-8 text
 * without NUL characters. Anything else is refused with an {@link IllegalArgumentException} that says so.
 */
final class JdbiKeyValueStore implements KeyValueStore {

    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_VALUE_BYTES = 64 * 1024;

    private final Storage storage;
    private final Clock clock;
    private final String tenant;
    private final String pluginId;

    JdbiKeyValueStore(Storage storage, Clock clock, TenantId tenant, String pluginId) {
        this.storage = storage;
        this.clock = clock;
        this.tenant = Objects.requireNonNull(tenant, "tenant must not be null").value();
        Objects.requireNonNull(pluginId, "pluginId must not be null");
        if (pluginId.isBlank() || pluginId.length() > 100) {
            throw new IllegalArgumentException("plugin id must be 1 to 100 characters, was '" + pluginId + "'");
        }
        this.pluginId = pluginId;
    }

    @Override
    public Optional<String> get(String key) {
        checkKey(key);
        return storage.withHandle(h -> h.createQuery(
                        "SELECT state_value FROM plugin_state WHERE tenant_id = :tenant AND plugin_id = :plugin AND state_key = :key")
                .bind("tenant", tenant).bind("plugin", pluginId).bind("key", key)
                .mapTo(String.class).findOne());
    }

    @Override
    public void put(String key, String value) {
        checkKey(key);
        checkValue(value);
        write(h -> h.createUpdate("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                        + " VALUES (:tenant, :plugin, :key, :value, :now)"
                        + " ON CONFLICT (tenant_id, plugin_id, state_key)"
                        + " DO UPDATE SET state_value = excluded.state_value, updated_at = excluded.updated_at")
                .bind("tenant", tenant).bind("plugin", pluginId).bind("key", key).bind("value", value)
                .bind("now", clock.millis()).execute());
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        checkKey(key);
        checkValue(value);
        return write(h -> h.createUpdate("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                        + " VALUES (:tenant, :plugin, :key, :value, :now)"
                        + " ON CONFLICT (tenant_id, plugin_id, state_key) DO NOTHING")
                .bind("tenant", tenant).bind("plugin", pluginId).bind("key", key).bind("value", value)
                .bind("now", clock.millis()).execute()) == 1;
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value) {
        checkKey(key);
        Objects.requireNonNull(expected, "expected value must not be null (use putIfAbsent for an absent key)");
        checkValue(value);
        return write(h -> h.createUpdate("UPDATE plugin_state SET state_value = :value, updated_at = :now"
                        + " WHERE tenant_id = :tenant AND plugin_id = :plugin AND state_key = :key AND state_value = :expected")
                .bind("tenant", tenant).bind("plugin", pluginId).bind("key", key).bind("value", value)
                .bind("expected", expected).bind("now", clock.millis()).execute()) == 1;
    }

    @Override
    public boolean delete(String key) {
        checkKey(key);
        return write(h -> h.createUpdate("DELETE FROM plugin_state WHERE tenant_id = :tenant AND plugin_id = :plugin AND state_key = :key")
                .bind("tenant", tenant).bind("plugin", pluginId).bind("key", key).execute()) == 1;
    }

    @Override
    public Map<String, String> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null (use \"\" for every key)");
        if (prefix.length() > MAX_KEY_LENGTH) {
            return Map.of();
        }
        // The key range [prefix, successor) finds the prefix's keys through the primary key instead of reading every
        // key of the plugin (keys are in code point order: SQLite's BINARY, PostgreSQL's "C" since V44); substr, which
        // counts characters on both databases (unlike LIKE, whose case rules differ), keeps the answer exact. The result
        // is sorted here so its order does not depend on the database.
        Optional<String> successor = successor(prefix);
        Map<String, String> rows = storage.withHandle(h -> h.createQuery("SELECT state_key, state_value FROM plugin_state"
                        + " WHERE tenant_id = :tenant AND plugin_id = :plugin AND state_key >= :prefix"
                        + (successor.isPresent() ? " AND state_key < :successor" : "")
                        + " AND substr(state_key, 1, :len) = :prefix")
                .bind("tenant", tenant).bind("plugin", pluginId)
                .bind("len", prefix.codePointCount(0, prefix.length())).bind("prefix", prefix)
                .bindMap(successor.map(next -> Map.of("successor", next)).orElse(Map.of()))
                .reduceRows(new TreeMap<String, String>(), (map, row) -> {
                    map.put(row.getColumn("state_key", String.class), row.getColumn("state_value", String.class));
                    return map;
                }));
        rows.keySet().removeIf(k -> !k.startsWith(prefix));
        return Collections.unmodifiableMap(rows);
    }

    /**
     * The least string above every string that starts with the prefix, in code point order: the prefix with its last
     * code point incremented (skipping the surrogate range); empty when there is none (an empty prefix, or one of
     * only U+10FFFF).
     */
    static Optional<String> successor(String prefix) {
        String head = prefix;
        while (!head.isEmpty()) {
            int last = head.codePointBefore(head.length());
            String rest = head.substring(0, head.length() - Character.charCount(last));
            if (last <= Character.MAX_VALUE && Character.isSurrogate((char) last)) {
                return Optional.empty(); // a lone surrogate has no UTF-8 form to bound with
            }
            if (last < Character.MAX_CODE_POINT) {
                int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
                return Optional.of(rest + Character.toString(next));
            }
            head = rest;
        }
        return Optional.empty();
    }

    private int write(java.util.function.ToIntFunction<Handle> statement) {
        try {
            return storage.inTransaction(statement::applyAsInt);
        } catch (JdbiException e) {
            boolean tenantExists = storage.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tenants WHERE tenant_id = :tenant")
                    .bind("tenant", tenant).mapTo(Integer.class).one()) > 0;
            if (!tenantExists) {
                throw new IllegalStateException("tenant '" + tenant + "' does not exist (deleted?); its plugin state cannot be written", e);
            }
            throw e;
        }
    }

    private static void checkKey(String key) {
        Objects.requireNonNull(key, "state key must not be null");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("state key must be 1 to " + MAX_KEY_LENGTH + " characters, was " + key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                throw new IllegalArgumentException("state key must not contain control characters (found one at index " + i + ")");
            }
        }
    }

    private static void checkValue(String value) {
        Objects.requireNonNull(value, "state value must not be null (use delete to remove a key)");
        if (value.length() > MAX_VALUE_BYTES || value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("state value must be at most " + MAX_VALUE_BYTES + " bytes of UTF-8 text, was "
                    + value.getBytes(StandardCharsets.UTF_8).length + " bytes");
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("state value must not contain NUL characters");
        }
    }

    @Override
    public String toString() {
        return "KeyValueStore[tenant=" + tenant + ", plugin=" + pluginId + "]";
    }
}
