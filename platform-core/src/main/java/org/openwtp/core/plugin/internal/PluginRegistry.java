package org.openwtp.core.plugin.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwtp.core.plugin.PluginInfo;

/**
 * The started plugins and the plugin list as readers see them: immutable snapshots swapped by the
 * life cycle (under its lock), read without locking by lookups. Thread-safe.
 */
public final class PluginRegistry {

    private volatile Map<String, ActivePlugin> active = Map.of();
    private volatile List<PluginInfo> infos = List.of();
    private volatile long version; // written only while holding this

    /** Creates an empty registry. */
    public PluginRegistry() {
    }

    ActivePlugin active(String pluginId) {
        return active.get(pluginId);
    }

    Map<String, ActivePlugin> active() {
        return active;
    }

    /** @return a number that changes whenever a plugin is put or removed */
    long version() {
        return version;
    }

    synchronized void put(ActivePlugin plugin) {
        Map<String, ActivePlugin> next = new HashMap<>(active);
        next.put(plugin.pluginId(), plugin);
        active = Map.copyOf(next);
        version++;
    }

    synchronized ActivePlugin remove(String pluginId) {
        ActivePlugin removed = active.get(pluginId);
        if (removed != null) {
            Map<String, ActivePlugin> next = new HashMap<>(active);
            next.remove(pluginId);
            active = Map.copyOf(next);
            version++;
            removed.deactivate();
        }
        return removed;
    }

    List<PluginInfo> infos() {
        return infos;
    }

    void publish(List<PluginInfo> snapshot) {
        infos = List.copyOf(snapshot);
    }
}
