package org.openwtp.core.tenant;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openwtp.core.plugin.PluginConfigSchemas;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.internal.PluginSecrets;
import org.openwtp.core.tenant.internal.StoredPlugin;
import org.openwtp.core.tenant.internal.TenantDao;
import org.openwtp.core.tenant.internal.TenantPluginCache;
import org.openwtp.core.tenant.internal.TenantPluginDao;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tenant admin's plugin settings: enable with a configuration, reconfigure, disable, remove, read
 * (secrets masked). A configuration is validated against the fields the plugin declares
 * ({@link ConfigSchema#validate}: missing, wrong type, unknown, not allowed) and then by the plugin's own
 * semantic checks; every problem comes back in one {@link ValidationException}. Secret fields are sealed
 * with the host master key. Also the host's master key rotation. Thread-safe.
 *
 * <p>On update, a secret field that is absent or equal to {@link PluginSettings#MASK} keeps its stored value;
 * an empty string clears it.
 */
public final class TenantPluginService {

    private static final Logger LOG = LoggerFactory.getLogger(TenantPluginService.class);
    private static final String PLUGIN_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final int ROTATION_BATCH = 200;

    private final Storage storage;
    private final Clock clock;
    private final PluginConfigSchemas schemas;
    private final MasterKeyRing masterKeys;
    private final TenantDao tenants = new TenantDao();
    private final TenantPluginDao plugins = new TenantPluginDao();
    private final TenantPluginCache cache;

    /**
     * The service, for a directory without a cache.
     *
     * @param storage    the core's storage
     * @param clock      the clock
     * @param schemas    what each loaded plugin declares
     * @param masterKeys the host master keys
     */
    public TenantPluginService(Storage storage, Clock clock, PluginConfigSchemas schemas, MasterKeyRing masterKeys) {
        this(storage, clock, schemas, masterKeys, TenantPluginCache.disabled());
    }

    /**
     * The service.
     *
     * @param storage    the core's storage
     * @param clock      the clock
     * @param schemas    what each loaded plugin declares
     * @param masterKeys the host master keys
     * @param cache      the cache of this process's tenant plugin directory, invalidated by every change
     */
    @Inject
    public TenantPluginService(Storage storage, Clock clock, PluginConfigSchemas schemas, MasterKeyRing masterKeys,
                               TenantPluginCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache must not be null");
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.schemas = Objects.requireNonNull(schemas, "schemas must not be null");
        this.masterKeys = Objects.requireNonNull(masterKeys, "masterKeys must not be null");
    }

    /**
     * Enables a plugin for a tenant with a whole configuration (replacing any earlier one).
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param settings field names to text values
     * @return the stored settings, secrets masked
     * @throws ValidationException {@code PLUGIN_CONFIG_INVALID} listing every problem
     * @throws TenantException     {@code TENANT_NOT_FOUND}, {@code PLUGIN_NOT_AVAILABLE}
     */
    public PluginSettings enable(TenantId tenant, String pluginId, Map<String, String> settings) {
        return save(tenant, pluginId, settings, true);
    }

    /**
     * Replaces the configuration of a plugin the tenant already configured, keeping it enabled or disabled.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param settings field names to text values
     * @return the stored settings, secrets masked
     * @throws ValidationException {@code PLUGIN_CONFIG_INVALID} listing every problem
     * @throws TenantException     {@code TENANT_NOT_FOUND}, {@code PLUGIN_NOT_AVAILABLE}, {@code PLUGIN_NOT_CONFIGURED}
     */
    public PluginSettings configure(TenantId tenant, String pluginId, Map<String, String> settings) {
        return save(tenant, pluginId, settings, null);
    }

    /**
     * Disables a plugin for a tenant, keeping its configuration; other tenants are not affected.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return the stored settings, secrets masked
     * @throws TenantException {@code TENANT_NOT_FOUND}, {@code PLUGIN_NOT_CONFIGURED}
     */
    public PluginSettings disable(TenantId tenant, String pluginId) {
        checkPluginId(pluginId);
        PluginSettings settings = storage.inTransaction(h -> {
            requireTenant(h, tenant);
            if (!plugins.setEnabled(h, tenant, pluginId, false, now())) {
                throw notConfigured(tenant, pluginId);
            }
            return masked(plugins.find(h, tenant, pluginId).orElseThrow());
        });
        cache.invalidateTenant(tenant);
        LOG.info("plugin {} disabled for tenant {}", pluginId, tenant);
        return settings;
    }

    /**
     * Forgets a tenant's configuration of a plugin, secrets included.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @throws TenantException {@code TENANT_NOT_FOUND}, {@code PLUGIN_NOT_CONFIGURED}
     */
    public void remove(TenantId tenant, String pluginId) {
        checkPluginId(pluginId);
        storage.useTransaction(h -> {
            requireTenant(h, tenant);
            if (!plugins.delete(h, tenant, pluginId)) {
                throw notConfigured(tenant, pluginId);
            }
        });
        cache.invalidateTenant(tenant);
        LOG.info("plugin {} settings removed for tenant {}", pluginId, tenant);
    }

    /**
     * A tenant's settings of one plugin.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return the settings, secrets masked
     * @throws TenantException {@code TENANT_NOT_FOUND}, {@code PLUGIN_NOT_CONFIGURED}
     */
    public PluginSettings show(TenantId tenant, String pluginId) {
        checkPluginId(pluginId);
        return storage.withHandle(h -> {
            requireTenant(h, tenant);
            return plugins.find(h, tenant, pluginId).map(TenantPluginService::masked).orElseThrow(() -> notConfigured(tenant, pluginId));
        });
    }

    /**
     * Every plugin a tenant configured, enabled or not.
     *
     * @param tenant the tenant
     * @return the settings by plugin id, secrets masked
     * @throws TenantException {@code TENANT_NOT_FOUND}
     */
    public List<PluginSettings> list(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        return storage.withHandle(h -> {
            requireTenant(h, tenant);
            return plugins.list(h, tenant).stream().map(TenantPluginService::masked).toList();
        });
    }

    /**
     * Host operation: re-encrypts every secret not yet sealed with the current master key. Run it after
     * making a new key current (the old one listed in {@link MasterKeyRing#PREVIOUS_MASTER_KEYS}) on every
     * server; afterwards the old key can be dropped. Safe to repeat and to run while serving.
     *
     * @return how many secrets were re-encrypted
     * @throws TenantException {@code SECRETS_UNREADABLE} if a secret's key is not configured
     */
    public RotationReport rotateSecrets() {
        String current = masterKeys.currentKeyId();
        int resealed = 0;
        while (true) {
            List<TenantPluginDao.SecretRow> rows = storage.withHandle(h -> plugins.secretsNotSealedWith(h, current, ROTATION_BATCH));
            if (rows.isEmpty()) {
                break;
            }
            Map<TenantPluginDao.SecretRow, EncryptedValue> resealedRows = new HashMap<>();
            for (TenantPluginDao.SecretRow row : rows) {
                String context = PluginSecrets.context(row.tenant(), row.pluginId(), row.field());
                resealedRows.put(row, masterKeys.encrypt(masterKeys.decrypt(row.value(), context), context));
            }
            int done = storage.inTransaction(h -> {
                int n = 0;
                for (Map.Entry<TenantPluginDao.SecretRow, EncryptedValue> e : resealedRows.entrySet()) {
                    n += plugins.replaceSecret(h, e.getKey(), e.getValue()) ? 1 : 0;
                }
                return n;
            });
            resealed += done;
            if (done == 0 && rows.size() < ROTATION_BATCH) {
                break;
            }
        }
        LOG.info("master key rotation: {} secret(s) re-encrypted with {}", resealed, current);
        return new RotationReport(resealed, current);
    }

    private PluginSettings save(TenantId tenant, String pluginId, Map<String, String> given, Boolean enable) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        checkPluginId(pluginId);
        Objects.requireNonNull(given, "settings must not be null (use an empty map)");
        List<ConfigField> fields = schemas.declaredFields(pluginId).orElseThrow(() -> new TenantException(
                TenantException.Code.PLUGIN_NOT_AVAILABLE, "no plugin '" + pluginId + "' is loaded on this server; check the plugin id"
                + " and that its jar is installed and started"));
        // Read outside the write transaction: the plugin's semantic checks run plugin code, which must
        // never hold the (SQLite) writer.
        Optional<StoredPlugin> stored = storage.withHandle(h -> {
            requireTenant(h, tenant);
            return plugins.find(h, tenant, pluginId);
        });
        if (enable == null && stored.isEmpty()) {
            throw notConfigured(tenant, pluginId);
        }
        Map<String, String> storedSecrets = stored.map(s -> PluginSecrets.open(masterKeys, tenant, s)).orElse(Map.of());
        Set<String> secretNames = fields.stream().filter(ConfigField::isSecret).map(ConfigField::name).collect(Collectors.toSet());
        Map<String, String> values = new HashMap<>();
        given.forEach((name, value) -> {
            if (name != null && value != null) {
                values.put(name, value);
            }
        });
        for (String secret : secretNames) {
            String value = values.get(secret);
            if (value == null || value.equals(PluginSettings.MASK)) {
                values.remove(secret);
                Optional.ofNullable(storedSecrets.get(secret)).ifPresent(kept -> values.put(secret, kept));
            }
        }
        ConfigSchema schema = ConfigSchema.of(fields);
        List<ConfigProblem> problems = schema.validate(values);
        if (problems.isEmpty()) {
            problems = schemas.semanticProblems(pluginId, schema.apply(values));
        }
        if (!problems.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            problems.forEach(p -> errors.add(new FieldError(p.field(), p.code(), p.message())));
            throw new ValidationException(TenantException.Code.PLUGIN_CONFIG_INVALID, "the configuration of plugin '" + pluginId
                    + "' has " + errors.size() + " problem(s); fix them all and send it again", errors);
        }
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                (secretNames.contains(name) ? secrets : plain).put(name, value);
            }
        });
        Map<String, EncryptedValue> sealed = PluginSecrets.seal(masterKeys, tenant, pluginId, secrets);
        PluginSettings result = storage.inTransaction(h -> {
            requireTenant(h, tenant);
            Optional<StoredPlugin> current = plugins.find(h, tenant, pluginId);
            if (enable == null && current.isEmpty()) {
                throw notConfigured(tenant, pluginId);
            }
            boolean enabled = enable != null ? enable : current.get().enabled();
            plugins.save(h, tenant, pluginId, enabled, plain, sealed, now());
            return masked(plugins.find(h, tenant, pluginId).orElseThrow());
        });
        cache.invalidateTenant(tenant);
        LOG.info("plugin {} {} for tenant {} with fields {}", pluginId, enable != null ? "enabled" : "reconfigured", tenant,
                result.values().keySet().stream().sorted().toList());
        return result;
    }

    private static PluginSettings masked(StoredPlugin stored) {
        Map<String, String> values = new TreeMap<>(stored.settings());
        stored.secrets().keySet().forEach(field -> values.put(field, PluginSettings.MASK));
        return new PluginSettings(stored.pluginId(), stored.enabled(), values, stored.updatedAt());
    }

    private void requireTenant(org.jdbi.v3.core.Handle h, TenantId tenant) {
        if (tenants.find(h, tenant).isEmpty()) {
            throw TenantService.notFound(tenant);
        }
    }

    private static void checkPluginId(String pluginId) {
        if (pluginId == null || !pluginId.matches(PLUGIN_ID)) {
            throw new ValidationException(TenantException.Code.PLUGIN_CONFIG_INVALID, "the plugin id is not valid",
                    List.of(new FieldError("pluginId", "INVALID", "plugin id must be 1 to 100 letters, digits, dots, dashes or"
                            + " underscores, starting with a letter or digit")));
        }
    }

    private static TenantException notConfigured(TenantId tenant, String pluginId) {
        return new TenantException(TenantException.Code.PLUGIN_NOT_CONFIGURED,
                "tenant '" + tenant + "' has not configured plugin '" + pluginId + "'; enable it with a configuration first");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
