package org.openwtp.plugins.cardsandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/** A hand-written context for unit tests: in-memory store, settable clock, schema-validated config. */
final class FakeContext implements PluginContext {

    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        void set(Instant i) {
            now.set(i);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    static final class MapStore implements KeyValueStore {
        final ConcurrentMap<String, String> map = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String key) {
            check(key);
            return Optional.ofNullable(map.get(key));
        }

        @Override
        public void put(String key, String value) {
            check(key);
            map.put(key, value);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            check(key);
            return map.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean compareAndSet(String key, String expected, String value) {
            check(key);
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

        private static void check(String key) {
            if (key.isEmpty() || key.length() > 200) {
                throw new IllegalArgumentException("key length " + key.length());
            }
        }
    }

    final MovableClock clock;
    final MapStore store;
    private final PluginConfig config;
    private final Optional<IdempotencyKey> key;

    private FakeContext(MovableClock clock, MapStore store, PluginConfig config, Optional<IdempotencyKey> key) {
        this.clock = clock;
        this.store = store;
        this.config = config;
        this.key = key;
    }

    static FakeContext of(CardSandboxPaymentProvider provider, Instant now, Map<String, String> raw) {
        ConfigSchema schema = provider.configSchema();
        if (!schema.validate(raw).isEmpty()) {
            throw new IllegalArgumentException(schema.validate(raw).toString());
        }
        return new FakeContext(new MovableClock(now), new MapStore(), schema.apply(raw), Optional.empty());
    }

    FakeContext withKey(String k) {
        return new FakeContext(clock, store, config, Optional.of(IdempotencyKey.of(k)));
    }

    FakeContext withoutKey() {
        return new FakeContext(clock, store, config, Optional.empty());
    }

    @Override
    public TenantId tenantId() {
        return TenantId.of("sample");
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Optional<IdempotencyKey> idempotencyKey() {
        return key;
    }

    @Override
    public Instant deadline() {
        return clock.instant().plusSeconds(30);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public KeyValueStore store() {
        return store;
    }
}
