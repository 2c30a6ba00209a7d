package org.openwtp.core.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The plugin life cycle: load, start, stop, reload and unload jar plugins while the core runs. Operations
 * are serialised behind one lock; a plugin that cannot load or start is marked {@link PluginStatus#FAILED}
 * with the reason and never stops the others. Thread-safe.
 */
public interface PluginRuntime extends AutoCloseable {

    /**
     * Loads and starts every {@code *.jar} in the configured plugins directory (the server's start-up).
     *
     * @return every plugin, failed ones included
     */
    List<PluginInfo> startAll();

    /**
     * Loads and starts one more jar.
     *
     * @param jar the plugin jar; it is copied, never locked
     * @return the plugin, possibly FAILED
     */
    PluginInfo load(Path jar);

    /**
     * Starts a loaded plugin (again).
     *
     * @param pluginId the plugin
     * @return its state afterwards
     * @throws java.util.NoSuchElementException if no such plugin is loaded
     */
    PluginInfo start(String pluginId);

    /**
     * Stops a plugin, and first the plugins that depend on it; their extensions are dropped.
     *
     * @param pluginId the plugin
     * @return its state afterwards
     * @throws java.util.NoSuchElementException if no such plugin is loaded
     */
    PluginInfo stop(String pluginId);

    /**
     * Replaces a plugin's code with another jar of the same plugin id, restarting its dependents on it.
     * The jar is checked first; if it is not acceptable the running plugin is left untouched.
     *
     * @param pluginId the plugin
     * @param jar      the new jar
     * @return the plugin afterwards, possibly FAILED
     * @throws IllegalArgumentException if the jar is not a compatible plugin with that id
     * @throws java.util.NoSuchElementException if no such plugin is loaded
     */
    PluginInfo reload(String pluginId, Path jar);

    /**
     * Stops and unloads a plugin and the plugins that depend on it, so their class loaders can be collected.
     *
     * @param pluginId the plugin (or the key of a failed jar)
     * @return the ids removed
     * @throws java.util.NoSuchElementException if no such plugin is known
     */
    List<String> unload(String pluginId);

    /**
     * Every plugin the runtime knows, failed ones included.
     *
     * @return a snapshot
     */
    List<PluginInfo> plugins();

    /**
     * One plugin.
     *
     * @param pluginId the plugin
     * @return its info, or empty
     */
    Optional<PluginInfo> plugin(String pluginId);

    /** Stops and unloads every plugin and shuts the call executor down. */
    @Override
    void close();
}
