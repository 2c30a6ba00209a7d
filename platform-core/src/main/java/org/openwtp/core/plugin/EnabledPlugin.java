package org.openwtp.core.plugin;

import java.util.Objects;
import org.openwtp.sdk.config.PluginConfig;

/**
 * A plugin a tenant has enabled, with that tenant's validated configuration (defaults applied,
 * secrets decrypted).
 *
 * @param pluginId the PF4J plugin id
 * @param config   the configuration the plugin's extensions see for this tenant
 */
public record EnabledPlugin(String pluginId, PluginConfig config) {

    /** Validates the entry. */
    public EnabledPlugin {
        Objects.requireNonNull(pluginId, "pluginId must not be null");
        Objects.requireNonNull(config, "config must not be null");
    }
}
