package org.openwtp.core.plugin;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.context.TenantId;

/**
 * Which plugins each tenant has enabled, and with what configuration. The runtime asks it on every
 * tenant-aware extension lookup; the tenant feature stores the answer. Implementations are thread-safe.
 */
public interface TenantPluginDirectory {

    /**
     * The plugins a tenant has enabled.
     *
     * @param tenant the tenant
     * @return the enabled plugins, empty for an unknown or suspended tenant
     */
    List<EnabledPlugin> enabledPlugins(TenantId tenant);

    /**
     * One enabled plugin of a tenant.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return the plugin with its configuration, or empty if the tenant has not enabled it
     */
    default Optional<EnabledPlugin> enabledPlugin(TenantId tenant, String pluginId) {
        return enabledPlugins(tenant).stream().filter(p -> p.pluginId().equals(pluginId)).findFirst();
    }
}
