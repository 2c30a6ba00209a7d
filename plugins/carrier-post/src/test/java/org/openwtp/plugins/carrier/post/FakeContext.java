package org.openwtp.plugins.carrier.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/** A hand-written test context: schema-applied config, a settable clock, an in-memory atomic store. */
final class FakeContext implements PluginContext {

    /** An in-memory store with the SDK's atomic operations. */
    static final class Store implements KeyValueStore {
        final ConcurrentMap<String, String> map = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(map.get(key));
        }

        @Override
        public void put(String key, String value) {
            map.put(key, value);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return map.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean compareAndSet(String key, String expected, String value) {
            return map.replace(key, expected, value);
        }

        @Override
        public boolean delete(String key) {
            return map.remove(key) != null;
        }

        @Override
        public Map<String, String> list(String prefix) {
            Map<String, String> out = new TreeMap<>();
            map.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    out.put(k, v);
                }
            });
            return Map.copyOf(out);
        }
    }

    private final PluginConfig config;
    private final Store store;
    private final Instant now;
    private final IdempotencyKey key;

    private FakeContext(PluginConfig config, Store store, Instant now, IdempotencyKey key) {
        this.config = config;
        this.store = store;
        this.now = now;
        this.key = key;
    }

    static FakeContext of(ConfigurableExtension extension, Map<String, String> raw) {
        var problems = extension.configSchema().validate(raw);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("test config invalid: " + problems);
        }
        return new FakeContext(extension.configSchema().apply(raw), new Store(), Instant.parse("2026-11-27T10:00:00Z"), null);
    }

    FakeContext withKey(String idempotencyKey) {
        return new FakeContext(config, store, now, idempotencyKey == null ? null : IdempotencyKey.of(idempotencyKey));
    }

    FakeContext at(Instant instant) {
        return new FakeContext(config, store, instant, key);
    }

    FakeContext plus(Duration duration) {
        return at(now.plus(duration));
    }

    Instant now() {
        return now;
    }

    Store rawStore() {
        return store;
    }

    @Override
    public TenantId tenantId() {
        return TenantId.of("test-tenant");
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Optional<IdempotencyKey> idempotencyKey() {
        return Optional.ofNullable(key);
    }

    @Override
    public Instant deadline() {
        return now.plusSeconds(10);
    }

    @Override
    public Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Override
    public KeyValueStore store() {
        return store;
    }
}
