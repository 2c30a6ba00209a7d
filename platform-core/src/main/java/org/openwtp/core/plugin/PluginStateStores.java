package org.openwtp.core.plugin;

import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;

/**
 * Hands out the key-value store the SDK context offers a plugin, scoped to (tenant, plugin).
 * Implementations are thread-safe.
 */
public interface PluginStateStores {

    /**
     * The store of one plugin within one tenant.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return a store nobody else sees
     */
    KeyValueStore storeFor(TenantId tenant, String pluginId);
}
