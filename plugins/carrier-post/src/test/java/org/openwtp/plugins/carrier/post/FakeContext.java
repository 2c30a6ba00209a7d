package org.openwtp.plugins.carrier.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.testkit.InMemoryKeyValueStore;

/** A test context pinned to an instant (each call site picks its time), over the test kit's in-memory store. */
final class FakeContext implements PluginContext {

    private final PluginConfig config;
    private final KeyValueStore store;
    private final Instant now;
    private final IdempotencyKey key;

    private FakeContext(PluginConfig config, KeyValueStore store, Instant now, IdempotencyKey key) {
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
        return new FakeContext(extension.configSchema().apply(raw), new InMemoryKeyValueStore(), Instant.parse("2026-11-27T10:00:00Z"), null);
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

    KeyValueStore rawStore() {
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
