package org.openwtp.core.admin;

import java.util.List;
import java.util.Optional;

/**
 * Host administration of loaded plugins, used by the {@code /admin/plugins} endpoints and the
 * {@code openwtp plugins} commands. The plugin runtime binds its implementation with
 * {@code OptionalBinder.newOptionalBinder(binder(), PluginAdministration.class).setBinding().to(...)};
 * until then every call answers 501. Thread-safe.
 */
public interface PluginAdministration {

    /** @return every plugin found, failed ones included, ordered by id */
    List<PluginView> list();

    /** @param pluginId the plugin; @return it, empty when unknown */
    Optional<PluginView> find(String pluginId);

    /** @param pluginId the plugin; @return its state afterwards */
    PluginView start(String pluginId);

    /** @param pluginId the plugin; @return its state afterwards */
    PluginView stop(String pluginId);

    /** @param pluginId the plugin, reloaded from the newest jar in the plugins folder; @return its state afterwards */
    PluginView reload(String pluginId);

    /** @param pluginId the plugin to unload */
    void unload(String pluginId);
}
