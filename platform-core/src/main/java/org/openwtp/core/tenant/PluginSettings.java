package org.openwtp.core.tenant;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A tenant's settings of one plugin as every read API returns them: secret fields are replaced by
 * {@link #MASK}, never returned in clear.
 *
 * @param pluginId  the plugin
 * @param enabled   whether the tenant uses it
 * @param values    the values the tenant admin gave, secrets masked
 * @param updatedAt when they last changed
 */
public record PluginSettings(String pluginId, boolean enabled, Map<String, String> values, Instant updatedAt) {

    /** What a secret value reads as. Sending it back unchanged in an update keeps the stored secret. */
    public static final String MASK = "********";

    /** Validates and copies. */
    public PluginSettings {
        Objects.requireNonNull(pluginId, "pluginId must not be null");
        values = Map.copyOf(values);
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    @Override
    public String toString() {
        return "PluginSettings[pluginId=" + pluginId + ", enabled=" + enabled + ", fields=" + new TreeMap<>(values).keySet() + "]";
    }
}
