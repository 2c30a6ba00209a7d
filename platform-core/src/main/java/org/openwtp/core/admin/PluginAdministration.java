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

    /** @param pluginId the plugin to unload (its jar stays in the plugins folder) */
    void unload(String pluginId);

    /**
     * Installs an uploaded jar: checks that it is a PF4J jar plugin this core accepts (readable, with a
     * {@code Plugin-Id}, {@code Plugin-Version} and a {@code Plugin-Requires} range containing this SDK)
     * before anything is written, then writes it atomically into the plugins folder and loads and starts
     * it. A jar of a plugin already loaded replaces it (a reload); the replaced jar is removed from the folder.
     *
     * @param fileName the uploaded file's name, if the client sent one (only used in messages)
     * @param jar      the jar's bytes
     * @return the plugin afterwards, possibly FAILED when it was accepted but could not start
     */
    PluginView install(String fileName, byte[] jar);

    /**
     * Loads and starts a jar an operator already placed in the plugins folder.
     *
     * @param fileName the jar's file name in the plugins folder, e.g. {@code carrier-post-1.0.0.jar}
     * @return the plugin afterwards, possibly FAILED
     */
    PluginView installFromFolder(String fileName);
}
