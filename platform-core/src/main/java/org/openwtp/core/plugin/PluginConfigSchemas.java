package org.openwtp.core.plugin;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The configuration a loaded plugin declares, so the tenant feature can validate a tenant's settings
 * before storing them. The plugin runtime implements it from the plugin's extensions.
 * Implementations are thread-safe.
 */
public interface PluginConfigSchemas {

    /**
     * The fields every extension of a plugin declares, merged by name (the same name declared twice
     * must have the same type).
     *
     * @param pluginId the plugin
     * @return the fields, or empty if no such plugin is loaded and started
     */
    Optional<List<ConfigField>> declaredFields(String pluginId);

    /**
     * The plugin's own semantic checks of a configuration that already passed the schema check.
     *
     * @param pluginId the plugin
     * @param config   the configuration with defaults applied
     * @return every problem the plugin's extensions report
     */
    List<ConfigProblem> semanticProblems(String pluginId, PluginConfig config);

    /**
     * A number that changes whenever the declarations may have changed (a plugin started, stopped or reloaded), so
     * what was derived from them can be cached and recognised as stale.
     *
     * @return the current version of the declarations
     */
    default long version() {
        return 0;
    }
}
