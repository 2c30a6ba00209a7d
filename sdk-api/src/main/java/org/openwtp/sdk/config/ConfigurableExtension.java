package org.openwtp.sdk.config;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * What every OpenWTP extension point shares: it declares the configuration it needs per tenant, and
 * may check a whole configuration for sense (a table that parses, a range that is not inverted).
 */
public interface ConfigurableExtension extends ExtensionPoint {

    /**
     * The fields a tenant configures for this extension.
     *
     * @return the fields; empty if none are needed
     */
    List<ConfigField> configFields();

    /**
     * Semantic checks beyond each field's type, run after the schema check passed.
     *
     * @param config the configuration with defaults applied
     * @return every problem found, empty if the configuration makes sense
     */
    default List<ConfigProblem> validateConfig(PluginConfig config) {
        return List.of();
    }

    /**
     * The schema of {@link #configFields()}.
     *
     * @return the schema
     */
    default ConfigSchema configSchema() {
        return ConfigSchema.of(configFields());
    }
}
