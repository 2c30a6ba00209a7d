package org.openwtp.core.plugin.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/**
 * The context of one call into a plugin. Immutable; thread-safe if its store is.
 *
 * @param tenantId       the tenant
 * @param config         the tenant's configuration of the plugin
 * @param idempotencyKey the key of a mutating call
 * @param deadline       when the core stops waiting
 * @param clock          the clock
 * @param store          the (tenant, plugin) store
 */
record CallContext(TenantId tenantId, PluginConfig config, Optional<IdempotencyKey> idempotencyKey, Instant deadline,
                   Clock clock, KeyValueStore store) implements PluginContext {
}
