package org.openwtp.core.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.TenantId;

/**
 * {@link TenantPluginDirectory} kept in memory, for tests and the sample tenant. The configuration is taken
 * as given (no schema check). Thread-safe: each tenant's list is replaced atomically.
 */
public final class InMemoryTenantPluginDirectory implements TenantPluginDirectory {

    private final ConcurrentMap<TenantId, Map<String, EnabledPlugin>> enabled = new ConcurrentHashMap<>();

    /** Creates a directory where no tenant has enabled anything. */
    public InMemoryTenantPluginDirectory() {
    }

    /**
     * Enables a plugin for a tenant, or replaces its configuration.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param config   the tenant's configuration of it
     * @return this directory
     */
    public InMemoryTenantPluginDirectory enable(TenantId tenant, String pluginId, PluginConfig config) {
        EnabledPlugin entry = new EnabledPlugin(pluginId, config);
        enabled.compute(tenant, (t, current) -> {
            Map<String, EnabledPlugin> next = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
            next.put(pluginId, entry);
            return java.util.Collections.unmodifiableMap(next);
        });
        return this;
    }

    /**
     * Disables a plugin for a tenant.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return this directory
     */
    public InMemoryTenantPluginDirectory disable(TenantId tenant, String pluginId) {
        Objects.requireNonNull(pluginId, "pluginId must not be null");
        enabled.computeIfPresent(tenant, (t, current) -> {
            Map<String, EnabledPlugin> next = new LinkedHashMap<>(current);
            next.remove(pluginId);
            return next.isEmpty() ? null : java.util.Collections.unmodifiableMap(next);
        });
        return this;
    }

    @Override
    public List<EnabledPlugin> enabledPlugins(TenantId tenant) {
        return List.copyOf(enabled.getOrDefault(tenant, Map.of()).values());
    }
}
