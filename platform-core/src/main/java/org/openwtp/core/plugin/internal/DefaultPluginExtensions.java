package org.openwtp.core.plugin.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.core.plugin.EnabledPlugin;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.sdk.context.TenantId;
import org.pf4j.ExtensionPoint;

/**
 * Tenant-aware lookup over the started plugins: asks the {@link TenantPluginDirectory} what the tenant
 * enabled and binds each matching extension to the tenant's configuration and store. Lock-free;
 * thread-safe.
 */
public final class DefaultPluginExtensions implements PluginExtensions {

    private final PluginRegistry registry;
    private final TenantPluginDirectory directory;
    private final PluginStateStores stores;
    private final PluginCallGuard guard;
    private final PluginRuntime runtime;

    /**
     * Creates the lookup.
     *
     * @param registry  the started plugins
     * @param directory what each tenant enabled
     * @param stores    the (tenant, plugin) stores
     * @param guard     the guard calls go through
     * @param runtime   what every loaded plugin provides, started or not
     */
    @Inject
    public DefaultPluginExtensions(PluginRegistry registry, TenantPluginDirectory directory, PluginStateStores stores,
                                   PluginCallGuard guard, PluginRuntime runtime) {
        this.registry = registry;
        this.directory = directory;
        this.stores = stores;
        this.guard = guard;
        this.runtime = runtime;
    }

    @Override
    public <T extends ExtensionPoint> List<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point) {
        Map<String, ActivePlugin> active = registry.active();
        List<TenantExtension<T>> found = new ArrayList<>();
        for (EnabledPlugin enabled : directory.enabledPlugins(tenant)) {
            ActivePlugin plugin = active.get(enabled.pluginId());
            if (plugin != null) {
                addExtensions(tenant, point, enabled, plugin, found);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public <T extends ExtensionPoint> Optional<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point, String pluginId) {
        ActivePlugin plugin = registry.active(pluginId);
        if (plugin == null) {
            return Optional.empty();
        }
        List<TenantExtension<T>> found = new ArrayList<>(1);
        directory.enabledPlugin(tenant, pluginId).ifPresent(enabled -> addExtensions(tenant, point, enabled, plugin, found));
        return found.stream().findFirst();
    }

    @Override
    public List<String> unavailable(TenantId tenant, Class<? extends ExtensionPoint> point) {
        Map<String, ActivePlugin> active = registry.active();
        List<String> down = new ArrayList<>();
        for (EnabledPlugin enabled : directory.enabledPlugins(tenant)) {
            if (!active.containsKey(enabled.pluginId())) {
                runtime.plugin(enabled.pluginId()).map(PluginInfo::extensionPoints)
                        .filter(points -> points.contains(point.getSimpleName()))
                        .ifPresent(points -> down.add(enabled.pluginId()));
            }
        }
        return List.copyOf(down);
    }

    private <T> void addExtensions(TenantId tenant, Class<T> point, EnabledPlugin enabled, ActivePlugin plugin,
                                   List<TenantExtension<T>> found) {
        for (ExtensionInstance extension : plugin.extensions()) {
            if (point.isInstance(extension.instance())) {
                found.add(new DefaultTenantExtension<>(tenant, enabled, plugin, point, point.cast(extension.instance()),
                        stores.storeFor(tenant, plugin.pluginId()), guard));
            }
        }
    }
}
