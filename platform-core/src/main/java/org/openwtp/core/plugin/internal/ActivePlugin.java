package org.openwtp.core.plugin.internal;

import java.util.List;
import org.openwtp.sdk.config.ConfigField;

/**
 * A started plugin as lookups see it: its extensions, created once by its injector, and the configuration
 * fields they declare. Dropped (and {@link #deactivate() deactivated}) when the plugin stops, so nothing in
 * the runtime keeps its classes alive. Thread-safe: immutable apart from the volatile active flag.
 */
final class ActivePlugin {

    private final String pluginId;
    private final String version;
    private final ClassLoader classLoader;
    private final List<ExtensionInstance> extensions;
    private final List<ConfigField> configFields;
    private volatile boolean active = true;

    ActivePlugin(String pluginId, String version, ClassLoader classLoader, List<ExtensionInstance> extensions,
                 List<ConfigField> configFields) {
        this.pluginId = pluginId;
        this.version = version;
        this.classLoader = classLoader;
        this.extensions = List.copyOf(extensions);
        this.configFields = List.copyOf(configFields);
    }

    String pluginId() {
        return pluginId;
    }

    String version() {
        return version;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    List<ExtensionInstance> extensions() {
        return extensions;
    }

    List<ConfigField> configFields() {
        return configFields;
    }

    List<String> pointNames() {
        return extensions.stream().flatMap(e -> e.points().stream()).map(Class::getSimpleName).distinct().sorted().toList();
    }

    boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }
}
