package org.openwtp.core.tenant.internal;

import java.util.HashMap;
import java.util.Map;
import org.openwtp.core.tenant.EncryptedValue;
import org.openwtp.core.tenant.MasterKeyRing;
import org.openwtp.sdk.context.TenantId;

/** Seals and opens the secret fields of a tenant's plugin settings, each bound to its (tenant, plugin, field). */
public final class PluginSecrets {

    private PluginSecrets() {
    }

    /**
     * The context a secret is bound to, so a ciphertext copied to another tenant, plugin or field does not open.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param field    the field
     * @return the context
     */
    public static String context(TenantId tenant, String pluginId, String field) {
        return "openwtp/tenant-plugin-secret/" + tenant.value() + "/" + pluginId + "/" + field;
    }

    /**
     * Seals secret values.
     *
     * @param keys     the master keys
     * @param tenant   the tenant
     * @param pluginId the plugin
     * @param secrets  field names to clear values
     * @return field names to sealed values
     */
    public static Map<String, EncryptedValue> seal(MasterKeyRing keys, TenantId tenant, String pluginId, Map<String, String> secrets) {
        Map<String, EncryptedValue> sealed = new HashMap<>();
        secrets.forEach((field, value) -> sealed.put(field, keys.encrypt(value, context(tenant, pluginId, field))));
        return sealed;
    }

    /**
     * Opens a stored plugin's secrets.
     *
     * @param keys   the master keys
     * @param tenant the tenant
     * @param stored the stored settings
     * @return field names to clear values
     */
    public static Map<String, String> open(MasterKeyRing keys, TenantId tenant, StoredPlugin stored) {
        Map<String, String> clear = new HashMap<>();
        stored.secrets().forEach((field, value) -> clear.put(field, keys.decrypt(value, context(tenant, stored.pluginId(), field))));
        return clear;
    }
}
