package org.openwtp.core.tenant.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.tenant.EncryptedValue;
import org.openwtp.sdk.context.TenantId;

/**
 * The {@code tenant_plugins} and {@code tenant_plugin_secrets} tables. Every method filters on the tenant,
 * except the two host-wide ones used by master key rotation ({@link #secretsNotSealedWith},
 * {@link #replaceSecret} still names the tenant). Thread-safe.
 */
public final class TenantPluginDao {

    /**
     * One sealed secret with where it belongs.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param field    the field
     * @param value    the sealed value
     */
    public record SecretRow(TenantId tenant, String pluginId, String field, EncryptedValue value) {
    }

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final ObjectMapper json = new ObjectMapper();

    /**
     * A tenant's settings of one plugin.
     *
     * @param h        the handle
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return the settings, or empty if the tenant never configured it
     */
    public Optional<StoredPlugin> find(Handle h, TenantId tenant, String pluginId) {
        return query(h, "SELECT p.plugin_id, p.enabled, p.settings, p.updated_at FROM tenant_plugins p"
                + " WHERE p.tenant_id = :tenant AND p.plugin_id = :plugin", tenant, pluginId).stream().findFirst();
    }

    /**
     * Every plugin a tenant configured, by plugin id.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @return the settings
     */
    public List<StoredPlugin> list(Handle h, TenantId tenant) {
        return query(h, "SELECT p.plugin_id, p.enabled, p.settings, p.updated_at FROM tenant_plugins p"
                + " WHERE p.tenant_id = :tenant ORDER BY p.plugin_id", tenant, null);
    }

    /**
     * The plugins a tenant enabled, only while the tenant is active.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @return the enabled plugins, empty for a suspended or unknown tenant
     */
    public List<StoredPlugin> listEnabledOfActiveTenant(Handle h, TenantId tenant) {
        return query(h, "SELECT p.plugin_id, p.enabled, p.settings, p.updated_at FROM tenant_plugins p"
                + " JOIN tenants t ON t.tenant_id = p.tenant_id"
                + " WHERE p.tenant_id = :tenant AND p.enabled = 1 AND t.status = 'ACTIVE' ORDER BY p.plugin_id", tenant, null);
    }

    /**
     * Stores a tenant's whole configuration of a plugin, replacing any earlier one.
     *
     * @param h        the handle
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param enabled  whether the tenant uses it
     * @param settings non-secret values
     * @param secrets  sealed secret values
     * @param now      the change time
     */
    public void save(Handle h, TenantId tenant, String pluginId, boolean enabled, Map<String, String> settings,
                     Map<String, EncryptedValue> secrets, Instant now) {
        String settingsJson;
        try {
            settingsJson = json.writeValueAsString(new TreeMap<>(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise plugin settings", e);
        }
        h.createUpdate("INSERT INTO tenant_plugins (tenant_id, plugin_id, enabled, settings, updated_at)"
                        + " VALUES (:tenant, :plugin, :enabled, :settings, :now)"
                        + " ON CONFLICT (tenant_id, plugin_id) DO UPDATE SET enabled = excluded.enabled,"
                        + " settings = excluded.settings, updated_at = excluded.updated_at")
                .bind("tenant", tenant.value()).bind("plugin", pluginId).bind("enabled", enabled ? 1 : 0)
                .bind("settings", settingsJson).bind("now", now.toEpochMilli()).execute();
        h.createUpdate("DELETE FROM tenant_plugin_secrets WHERE tenant_id = :tenant AND plugin_id = :plugin")
                .bind("tenant", tenant.value()).bind("plugin", pluginId).execute();
        for (Map.Entry<String, EncryptedValue> secret : new TreeMap<>(secrets).entrySet()) {
            h.createUpdate("INSERT INTO tenant_plugin_secrets (tenant_id, plugin_id, field_name, key_id, ciphertext)"
                            + " VALUES (:tenant, :plugin, :field, :key, :ciphertext)")
                    .bind("tenant", tenant.value()).bind("plugin", pluginId).bind("field", secret.getKey())
                    .bind("key", secret.getValue().keyId()).bind("ciphertext", secret.getValue().ciphertext()).execute();
        }
    }

    /**
     * Turns a configured plugin on or off for a tenant, keeping its settings.
     *
     * @param h        the handle
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param enabled  on or off
     * @param now      the change time
     * @return true if the tenant had configured the plugin
     */
    public boolean setEnabled(Handle h, TenantId tenant, String pluginId, boolean enabled, Instant now) {
        return h.createUpdate("UPDATE tenant_plugins SET enabled = :enabled, updated_at = :now"
                        + " WHERE tenant_id = :tenant AND plugin_id = :plugin")
                .bind("enabled", enabled ? 1 : 0).bind("now", now.toEpochMilli())
                .bind("tenant", tenant.value()).bind("plugin", pluginId).execute() == 1;
    }

    /**
     * Forgets a tenant's configuration of a plugin, secrets included.
     *
     * @param h        the handle
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @return true if there was one
     */
    public boolean delete(Handle h, TenantId tenant, String pluginId) {
        h.createUpdate("DELETE FROM tenant_plugin_secrets WHERE tenant_id = :tenant AND plugin_id = :plugin")
                .bind("tenant", tenant.value()).bind("plugin", pluginId).execute();
        return h.createUpdate("DELETE FROM tenant_plugins WHERE tenant_id = :tenant AND plugin_id = :plugin")
                .bind("tenant", tenant.value()).bind("plugin", pluginId).execute() == 1;
    }

    /**
     * Host-wide, for master key rotation: secrets sealed with another key than the given one.
     *
     * @param h     the handle
     * @param keyId the current key id
     * @param limit the most rows to return
     * @return the rows
     */
    public List<SecretRow> secretsNotSealedWith(Handle h, String keyId, int limit) {
        return h.createQuery("SELECT tenant_id, plugin_id, field_name, key_id, ciphertext FROM tenant_plugin_secrets"
                        + " WHERE key_id <> :key ORDER BY tenant_id, plugin_id, field_name LIMIT :limit")
                .bind("key", keyId).bind("limit", limit)
                .map((rs, ctx) -> new SecretRow(TenantId.of(rs.getString("tenant_id")), rs.getString("plugin_id"),
                        rs.getString("field_name"), new EncryptedValue(rs.getString("key_id"), rs.getString("ciphertext"))))
                .list();
    }

    /**
     * Replaces one sealed secret if it is still sealed with the expected key.
     *
     * @param h        the handle
     * @param row      the row as read
     * @param resealed the new sealed value
     * @return true if replaced
     */
    public boolean replaceSecret(Handle h, SecretRow row, EncryptedValue resealed) {
        return h.createUpdate("UPDATE tenant_plugin_secrets SET key_id = :newKey, ciphertext = :ciphertext"
                        + " WHERE tenant_id = :tenant AND plugin_id = :plugin AND field_name = :field AND key_id = :oldKey")
                .bind("newKey", resealed.keyId()).bind("ciphertext", resealed.ciphertext())
                .bind("tenant", row.tenant().value()).bind("plugin", row.pluginId()).bind("field", row.field())
                .bind("oldKey", row.value().keyId()).execute() == 1;
    }

    private List<StoredPlugin> query(Handle h, String sql, TenantId tenant, String pluginId) {
        var query = h.createQuery(sql).bind("tenant", tenant.value());
        if (pluginId != null) {
            query.bind("plugin", pluginId);
        }
        List<Object[]> rows = query.map((rs, ctx) -> new Object[] {rs.getString("plugin_id"), rs.getInt("enabled") == 1,
                rs.getString("settings"), rs.getLong("updated_at")}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var secretsQuery = h.createQuery("SELECT plugin_id, field_name, key_id, ciphertext FROM tenant_plugin_secrets"
                + " WHERE tenant_id = :tenant" + (pluginId != null ? " AND plugin_id = :plugin" : "")).bind("tenant", tenant.value());
        if (pluginId != null) {
            secretsQuery.bind("plugin", pluginId);
        }
        Map<String, Map<String, EncryptedValue>> secrets = new HashMap<>();
        secretsQuery.map((rs, ctx) -> new SecretRow(tenant, rs.getString("plugin_id"), rs.getString("field_name"),
                        new EncryptedValue(rs.getString("key_id"), rs.getString("ciphertext"))))
                .forEach(row -> secrets.computeIfAbsent(row.pluginId(), k -> new LinkedHashMap<>()).put(row.field(), row.value()));
        List<StoredPlugin> result = new ArrayList<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            result.add(new StoredPlugin(id, (Boolean) row[1], parse((String) row[2]), secrets.getOrDefault(id, Map.of()),
                    Instant.ofEpochMilli((Long) row[3])));
        }
        return result;
    }

    private Map<String, String> parse(String settingsJson) {
        try {
            return json.readValue(settingsJson, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plugin settings are not a JSON object of strings", e);
        }
    }
}
