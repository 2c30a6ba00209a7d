package org.openwtp.core.tenant.internal;

import java.time.Instant;
import java.util.Map;
import org.openwtp.core.tenant.EncryptedValue;

/**
 * A tenant's stored settings of one plugin.
 *
 * @param pluginId  the plugin
 * @param enabled   whether the tenant uses it
 * @param settings  non-secret values as the tenant admin gave them
 * @param secrets   secret values, sealed, by field name
 * @param updatedAt when they last changed
 */
public record StoredPlugin(String pluginId, boolean enabled, Map<String, String> settings,
                           Map<String, EncryptedValue> secrets, Instant updatedAt) {

    /** Copies the maps. */
    public StoredPlugin {
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
    }
}
