package org.openwtp.core.tenant.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.plugin.EnabledPlugin;
import org.openwtp.core.plugin.PluginConfigSchemas;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.MasterKeyRing;
import org.openwtp.core.tenant.TenantException;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's view of which plugins a tenant enabled, read from the database: secrets decrypted, defaults of
 * the plugin's current declaration applied. A plugin whose secrets cannot be decrypted is left out and logged.
 * What was read is kept in a {@link TenantPluginCache} (several lookups per quote), so suspension, disabling and
 * configuration changes take effect at once on this server, and on other servers after the cache's TTL.
 * Thread-safe.
 */
public final class StoredTenantPluginDirectory implements TenantPluginDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StoredTenantPluginDirectory.class);

    private final Storage storage;
    private final PluginConfigSchemas schemas;
    private final MasterKeyRing masterKeys;
    private final TenantPluginCache cache;
    private final TenantPluginDao plugins = new TenantPluginDao();

    /**
     * The directory without a cache: every lookup reads the database.
     *
     * @param storage    the core's storage
     * @param schemas    what each loaded plugin declares
     * @param masterKeys the host master keys
     */
    public StoredTenantPluginDirectory(Storage storage, PluginConfigSchemas schemas, MasterKeyRing masterKeys) {
        this(storage, schemas, masterKeys, TenantPluginCache.disabled());
    }

    /**
     * The directory.
     *
     * @param storage    the core's storage
     * @param schemas    what each loaded plugin declares
     * @param masterKeys the host master keys
     * @param cache      what was read recently, invalidated by the tenant feature's services
     */
    @Inject
    public StoredTenantPluginDirectory(Storage storage, PluginConfigSchemas schemas, MasterKeyRing masterKeys,
                                       TenantPluginCache cache) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.schemas = Objects.requireNonNull(schemas, "schemas must not be null");
        this.masterKeys = Objects.requireNonNull(masterKeys, "masterKeys must not be null");
        this.cache = Objects.requireNonNull(cache, "cache must not be null");
    }

    @Override
    public List<EnabledPlugin> enabledPlugins(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        long declarations = schemas.version();
        Optional<List<EnabledPlugin>> cached = cache.get(tenant, declarations);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        List<StoredPlugin> enabled = storage.withHandle(h -> plugins.listEnabledOfActiveTenant(h, tenant));
        List<EnabledPlugin> result = new ArrayList<>(enabled.size());
        for (StoredPlugin stored : enabled) {
            toEnabled(tenant, stored).ifPresent(result::add);
        }
        cache.put(tenant, result, declarations, generation);
        return List.copyOf(result);
    }

    @Override
    public Optional<EnabledPlugin> enabledPlugin(TenantId tenant, String pluginId) {
        return enabledPlugins(tenant).stream().filter(p -> p.pluginId().equals(pluginId)).findFirst();
    }

    private Optional<EnabledPlugin> toEnabled(TenantId tenant, StoredPlugin stored) {
        Map<String, String> values = new HashMap<>(stored.settings());
        try {
            values.putAll(PluginSecrets.open(masterKeys, tenant, stored));
        } catch (TenantException e) {
            LOG.error("plugin {} of tenant {} left out: {} ({})", stored.pluginId(), tenant, e.getMessage(), e.code());
            return Optional.empty();
        }
        Optional<List<ConfigField>> fields = schemas.declaredFields(stored.pluginId());
        PluginConfig config = fields.map(f -> ConfigSchema.of(f).apply(values)).orElseGet(() -> PluginConfig.of(values));
        return Optional.of(new EnabledPlugin(stored.pluginId(), config));
    }
}
