package org.openwtp.core.plugin.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwtp.core.plugin.CallOptions.CallPath;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginConfigSchemas;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.config.PluginConfig;

/**
 * {@link PluginConfigSchemas} from the started plugins: the fields collected when each plugin started,
 * and the plugin's own checks run through the guard (a plugin that throws yields a problem, not an
 * exception). Thread-safe.
 */
public final class LoadedPluginConfigSchemas implements PluginConfigSchemas {

    private final PluginRegistry registry;
    private final PluginCallGuard guard;

    /**
     * Creates the schemas view.
     *
     * @param registry the started plugins
     * @param guard    the guard plugin checks run through
     */
    @Inject
    public LoadedPluginConfigSchemas(PluginRegistry registry, PluginCallGuard guard) {
        this.registry = registry;
        this.guard = guard;
    }

    @Override
    public Optional<List<ConfigField>> declaredFields(String pluginId) {
        return Optional.ofNullable(registry.active(pluginId)).map(ActivePlugin::configFields);
    }

    @Override
    public long version() {
        return registry.version();
    }

    @Override
    public List<ConfigProblem> semanticProblems(String pluginId, PluginConfig config) {
        ActivePlugin plugin = registry.active(pluginId);
        if (plugin == null) {
            return List.of(new ConfigProblem("", "PLUGIN_NOT_STARTED", "plugin '" + pluginId + "' is not started, so its "
                    + "configuration cannot be checked; start it or check the plugin list"));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        for (ExtensionInstance extension : plugin.extensions()) {
            if (extension.instance() instanceof ConfigurableExtension configurable) {
                problems.addAll(check(plugin, extension, configurable, config));
            }
        }
        return List.copyOf(problems);
    }

    private List<ConfigProblem> check(ActivePlugin plugin, ExtensionInstance extension, ConfigurableExtension configurable,
                                      PluginConfig config) {
        String point = extension.points().isEmpty() ? "ConfigurableExtension" : extension.points().get(0).getSimpleName();
        CallSite site = new CallSite(CallSite.NO_TENANT, plugin.pluginId(), point, "validateConfig", plugin.classLoader());
        try {
            return guard.invoke(site, guard.breaker(CallSite.NO_TENANT, plugin.pluginId()), CallPath.CALLER_THREAD,
                    guard.defaultTimeout(), () -> List.copyOf(configurable.validateConfig(config)));
        } catch (PluginCallException e) {
            return List.of(new ConfigProblem("", "PLUGIN_CHECK_FAILED", e.getMessage()));
        }
    }
}
