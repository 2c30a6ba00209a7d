package org.openwtp.sdk.context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openwtp.sdk.config.PluginConfig;

/**
 * Everything a call into a plugin may know about who it is for. The core passes one to every call;
 * there are no thread-locals and no statics to read instead.
 */
public interface PluginContext {

    /**
     * The tenant the call is made for.
     *
     * @return the tenant
     */
    TenantId tenantId();

    /**
     * This plugin's configuration for the tenant, already validated against the plugin's declared fields.
     *
     * @return the configuration
     */
    PluginConfig config();

    /**
     * The idempotency key of a mutating call (authorize, capture, refund, create shipment...).
     *
     * @return the key, or empty for read-only calls
     */
    Optional<IdempotencyKey> idempotencyKey();

    /**
     * When the core stops waiting for this call. A plugin that calls out over the network should set
     * its own timeouts from {@link #remaining()}.
     *
     * @return the deadline
     */
    Instant deadline();

    /**
     * The clock to read the time from; tests give a fixed one.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * Durable state scoped to (tenant, plugin).
     *
     * @return the store
     */
    KeyValueStore store();

    /**
     * Time left before the deadline.
     *
     * @return a non-negative duration
     */
    default Duration remaining() {
        Duration left = Duration.between(clock().instant(), deadline());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
