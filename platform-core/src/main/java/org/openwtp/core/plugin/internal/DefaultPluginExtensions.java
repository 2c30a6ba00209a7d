package org.openwtp.core.plugin.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * enabled and binds each matching extension to the tenant's configuration and store. A lookup is reused
 * while the tenant's enabled plugins (with their settings) and the started plugins are the same as when it
 * was made, so a quote's three lookups do not rebuild a dozen handles each time. Lock-free; thread-safe.
 */
public final class DefaultPluginExtensions implements PluginExtensions {

    private final PluginRegistry registry;
    private final TenantPluginDirectory directory;
    private final PluginStateStores stores;
    private final PluginCallGuard guard;
    private final PluginRuntime runtime;
    private final Map<LookupKey, Lookup> lookups = new ConcurrentHashMap<>();
    /** The registry version {@link #lookups} were made under; see {@link #lookupsOf}. */
    private volatile long lookupsVersion = -1;

    /** Most lookups kept; beyond, all are dropped (tenants × extension points; reached only by very many tenants). */
    static final int MAX_LOOKUPS = 10_000;

    private record LookupKey(TenantId tenant, Class<?> point) {
    }

    /** The handles made for a tenant's enabled plugins while the started plugins were {@code active}. */
    private record Lookup(List<EnabledPlugin> enabled, Map<String, ActivePlugin> active, List<?> extensions) {
        boolean isFor(List<EnabledPlugin> nowEnabled, Map<String, ActivePlugin> nowActive) {
            return active == nowActive && (enabled == nowEnabled || enabled.equals(nowEnabled));
        }
    }

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
    @SuppressWarnings("unchecked") // a lookup is kept under its extension point's key only
    public <T extends ExtensionPoint> List<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point) {
        Map<LookupKey, Lookup> kept = lookupsOf(registry.version());
        Map<String, ActivePlugin> active = registry.active();
        List<EnabledPlugin> enabledPlugins = directory.enabledPlugins(tenant);
        LookupKey key = new LookupKey(tenant, point);
        Lookup lookup = kept.get(key);
        if (lookup != null && lookup.isFor(enabledPlugins, active)) {
            return (List<TenantExtension<T>>) lookup.extensions();
        }
        List<TenantExtension<T>> found = new ArrayList<>();
        for (EnabledPlugin enabled : enabledPlugins) {
            ActivePlugin plugin = active.get(enabled.pluginId());
            if (plugin != null) {
                addExtensions(tenant, point, enabled, plugin, found);
            }
        }
        List<TenantExtension<T>> extensions = List.copyOf(found);
        if (kept.size() >= MAX_LOOKUPS) {
            kept.clear();
        }
        kept.put(key, new Lookup(enabledPlugins, active, extensions));
        return extensions;
    }

    /**
     * The kept lookups, emptied first when a plugin was started or stopped since they were made: a stopped
     * plugin's handles (and through them its class loader) are not kept past the next lookup of any tenant.
     */
    private Map<LookupKey, Lookup> lookupsOf(long registryVersion) {
        if (lookupsVersion != registryVersion) {
            synchronized (lookups) {
                if (lookupsVersion != registryVersion) {
                    lookups.clear();
                    lookupsVersion = registryVersion;
                }
            }
        }
        return lookups;
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
