package org.openwtp.core.plugin.server;

import jakarta.inject.Inject;
import org.openwtp.core.http.ReadinessCheck;

/** Ready once the plugins of the plugins folder have been loaded (failed ones count as loaded). Thread-safe. */
final class PluginsReadinessCheck implements ReadinessCheck {

    private final PluginRuntimeLifecycle lifecycle;

    @Inject
    PluginsReadinessCheck(PluginRuntimeLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public Result check() {
        return lifecycle.loaded() ? Result.ok() : Result.notReady("plugins are not loaded yet");
    }
}
