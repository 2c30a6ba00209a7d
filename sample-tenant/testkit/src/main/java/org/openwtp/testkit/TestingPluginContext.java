package org.openwtp.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/**
 * A {@link PluginContext} for tests, built the way the core builds one: the raw configuration is
 * validated through the extension's {@link ConfigSchema} and {@link ConfigurableExtension#validateConfig}
 * (every problem reported at once in an {@link InvalidConfigurationException}) and defaults are applied.
 *
 * <pre>{@code
 * TestingPluginContext context = TestingPluginContext.builder()
 *         .extension(provider)
 *         .config(Map.of("webhookSecret", "whsec_test"))
 *         .build();
 * provider.authorize(request, context.withIdempotencyKey("order-1-auth"));
 * }</pre>
 *
 * <p>Defaults: tenant {@code test-tenant}, a {@link MutableClock} at {@link MutableClock#DEFAULT_START},
 * a fresh {@link InMemoryKeyValueStore}, a deadline 30 seconds after the clock's time at build, no
 * idempotency key. Contexts derived with the {@code with...} methods share the clock and the store.
 * Immutable and thread-safe (the store and clock are thread-safe).
 */
public final class TestingPluginContext implements PluginContext {
    /** The tenant a context is for unless told otherwise. */
    public static final String DEFAULT_TENANT = "test-tenant";
    /** The time a call has unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final TenantId tenantId;
    private final PluginConfig config;
    private final Optional<IdempotencyKey> idempotencyKey;
    private final Instant deadline;
    private final Clock clock;
    private final KeyValueStore store;

    private TestingPluginContext(TenantId tenantId, PluginConfig config, Optional<IdempotencyKey> idempotencyKey,
                                 Instant deadline, Clock clock, KeyValueStore store) {
        this.tenantId = tenantId;
        this.config = config;
        this.idempotencyKey = idempotencyKey;
        this.deadline = deadline;
        this.clock = clock;
        this.store = store;
    }

    /**
     * A builder with every default.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A context for an extension configured with its defaults only.
     *
     * @param extension the extension
     * @return the context
     * @throws InvalidConfigurationException if the extension has required fields
     */
    public static TestingPluginContext forExtension(ConfigurableExtension extension) {
        return builder().extension(extension).build();
    }

    /**
     * A context for an extension with a raw configuration, validated and with defaults applied.
     *
     * @param extension the extension
     * @param config    field names to text values, as a tenant admin would enter them
     * @return the context
     * @throws InvalidConfigurationException listing every problem if the core would refuse the configuration
     */
    public static TestingPluginContext forExtension(ConfigurableExtension extension, Map<String, String> config) {
        return builder().extension(extension).config(config).build();
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Optional<IdempotencyKey> idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public KeyValueStore store() {
        return store;
    }

    /**
     * The same context for a mutating call with the given idempotency key.
     *
     * @param key the key, e.g. {@code order-1-capture}
     * @return a context sharing this one's tenant, configuration, clock and store
     */
    public TestingPluginContext withIdempotencyKey(String key) {
        return withIdempotencyKey(IdempotencyKey.of(key));
    }

    /**
     * The same context for a mutating call with the given idempotency key.
     *
     * @param key the key
     * @return a context sharing this one's tenant, configuration, clock and store
     */
    public TestingPluginContext withIdempotencyKey(IdempotencyKey key) {
        Objects.requireNonNull(key, "idempotency key must not be null");
        return new TestingPluginContext(tenantId, config, Optional.of(key), deadline, clock, store);
    }

    /**
     * The same context for a read-only call, without an idempotency key.
     *
     * @return a context sharing this one's tenant, configuration, clock and store
     */
    public TestingPluginContext withoutIdempotencyKey() {
        return new TestingPluginContext(tenantId, config, Optional.empty(), deadline, clock, store);
    }

    /**
     * The same context with a new deadline, measured from the clock's current time.
     *
     * @param timeout the time the call has
     * @return a context sharing this one's tenant, configuration, clock and store
     */
    public TestingPluginContext withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        return new TestingPluginContext(tenantId, config, idempotencyKey, clock.instant().plus(timeout), clock, store);
    }

    /**
     * A context for another tenant: same configuration and clock, but a fresh, empty store, because the
     * core scopes every store to one (tenant, plugin).
     *
     * @param tenant the other tenant's slug
     * @return the context
     */
    public TestingPluginContext withTenant(String tenant) {
        return new TestingPluginContext(TenantId.of(tenant), config, idempotencyKey, deadline, clock,
                new InMemoryKeyValueStore());
    }

    /**
     * The clock as a {@link MutableClock}, to move time forward.
     *
     * @return the clock
     * @throws IllegalStateException if the context was built with another kind of clock
     */
    public MutableClock mutableClock() {
        if (clock instanceof MutableClock mutable) {
            return mutable;
        }
        throw new IllegalStateException("this context was built with " + clock + "; build it with a MutableClock to move time");
    }

    /**
     * The store as an {@link InMemoryKeyValueStore}, to inspect its entries.
     *
     * @return the store
     * @throws IllegalStateException if the context was built with another kind of store
     */
    public InMemoryKeyValueStore inMemoryStore() {
        if (store instanceof InMemoryKeyValueStore memory) {
            return memory;
        }
        throw new IllegalStateException("this context was built with " + store + ", not an InMemoryKeyValueStore");
    }

    @Override
    public String toString() {
        return "TestingPluginContext[tenant=" + tenantId + ", config=" + config + ", idempotencyKey="
                + idempotencyKey.map(IdempotencyKey::value).orElse("none") + ", deadline=" + deadline + "]";
    }

    /** Builds a {@link TestingPluginContext}; every setting is optional. Not thread-safe. */
    public static final class Builder {
        private TenantId tenantId = TenantId.of(DEFAULT_TENANT);
        private ConfigurableExtension extension;
        private Map<String, String> rawConfig = Map.of();
        private IdempotencyKey idempotencyKey;
        private Instant deadline;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Clock clock;
        private KeyValueStore store;

        private Builder() {
        }

        /**
         * The tenant.
         *
         * @param tenant a tenant slug such as {@code silk-road-hub}
         * @return this builder
         */
        public Builder tenant(String tenant) {
            this.tenantId = TenantId.of(tenant);
            return this;
        }

        /**
         * The extension whose declared fields validate the configuration and supply its defaults.
         * Without one, the configuration is used as given.
         *
         * @param extension the extension under test
         * @return this builder
         */
        public Builder extension(ConfigurableExtension extension) {
            this.extension = Objects.requireNonNull(extension, "extension must not be null");
            return this;
        }

        /**
         * The raw configuration, as a tenant admin would enter it.
         *
         * @param config field names to text values
         * @return this builder
         */
        public Builder config(Map<String, String> config) {
            this.rawConfig = Map.copyOf(Objects.requireNonNull(config, "config must not be null"));
            return this;
        }

        /**
         * The idempotency key of the call.
         *
         * @param key the key
         * @return this builder
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = IdempotencyKey.of(key);
            return this;
        }

        /**
         * A fixed deadline.
         *
         * @param deadline when the core stops waiting
         * @return this builder
         */
        public Builder deadline(Instant deadline) {
            this.deadline = Objects.requireNonNull(deadline, "deadline must not be null");
            return this;
        }

        /**
         * A deadline this long after the clock's time at {@link #build()}.
         *
         * @param timeout the time the call has
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
            this.deadline = null;
            return this;
        }

        /**
         * The clock; a {@link MutableClock} lets the test move time.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * The store, e.g. one shared by two contexts to simulate a restart.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(KeyValueStore store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
            return this;
        }

        /**
         * Validates the configuration and builds the context.
         *
         * @return the context
         * @throws InvalidConfigurationException listing every problem if the core would refuse the configuration
         */
        public TestingPluginContext build() {
            PluginConfig config = resolveConfig();
            Clock c = clock != null ? clock : MutableClock.standard();
            Instant d = deadline != null ? deadline : c.instant().plus(timeout);
            KeyValueStore s = store != null ? store : new InMemoryKeyValueStore();
            return new TestingPluginContext(tenantId, config, Optional.ofNullable(idempotencyKey), d, c, s);
        }

        private PluginConfig resolveConfig() {
            if (extension == null) {
                return PluginConfig.of(rawConfig);
            }
            String name = extension.getClass().getName();
            ConfigSchema schema = extension.configSchema();
            List<ConfigProblem> problems = schema.validate(rawConfig);
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(name, problems);
            }
            PluginConfig config = schema.apply(rawConfig);
            List<ConfigProblem> semantic = new ArrayList<>(extension.validateConfig(config));
            if (!semantic.isEmpty()) {
                throw new InvalidConfigurationException(name, semantic);
            }
            return config;
        }
    }
}
