package org.openwtp.plugins.pavilion.cn;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/** A hand-written context for unit tests until the shared test kit lands: fixed clock, in-memory store. */
final class FakeContext implements PluginContext {

    private final PluginConfig config;
    private final Clock clock;
    private final KeyValueStore store = new MemoryStore();

    FakeContext(Map<String, String> config, Instant now) {
        this.config = PluginConfig.of(config);
        this.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    static FakeContext at(String instant) {
        return new FakeContext(Map.of(), Instant.parse(instant));
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
        return Optional.empty();
    }

    @Override
    public Instant deadline() {
        return clock.instant().plusSeconds(5);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public KeyValueStore store() {
        return store;
    }

    private static final class MemoryStore implements KeyValueStore {
        private final ConcurrentSkipListMap<String, String> map = new ConcurrentSkipListMap<>();

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
            return new TreeMap<>(map.subMap(prefix, prefix + Character.MAX_VALUE));
        }
    }
}
