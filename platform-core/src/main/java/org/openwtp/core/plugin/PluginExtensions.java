package org.openwtp.core.plugin;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.context.TenantId;
import org.pf4j.ExtensionPoint;

/**
 * Tenant-aware lookup of extensions: what other features call to reach plugin code. Implementations are
 * thread-safe and do not block on plugin lifecycle operations.
 */
public interface PluginExtensions {

    /**
     * The extensions of one extension point from exactly the started plugins a tenant has enabled, in the
     * order the tenant enabled them.
     *
     * @param tenant the tenant
     * @param point  the extension point, e.g. {@code Carrier.class}
     * @param <T>    the extension point
     * @return one entry per extension, each bound to the tenant's configuration and store
     */
    <T extends ExtensionPoint> List<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point);

    /**
     * The extension of one point in one plugin, if the tenant enabled that plugin and it is started.
     *
     * @param tenant   the tenant
     * @param point    the extension point
     * @param pluginId the plugin
     * @param <T>      the extension point
     * @return the extension, or empty
     */
    <T extends ExtensionPoint> Optional<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point, String pluginId);

    /**
     * The plugins a tenant has enabled that provide an extension point but are not started now (stopped or
     * failed), so a feature that asks every enabled extension can say which ones it could not ask.
     *
     * @param tenant the tenant
     * @param point  the extension point, e.g. {@code Carrier.class}
     * @return their plugin ids, in the order the tenant enabled them (default: none)
     */
    default List<String> unavailable(TenantId tenant, Class<? extends ExtensionPoint> point) {
        return List.of();
    }
}
