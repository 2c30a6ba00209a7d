package org.openwtp.core.plugin.server;

import jakarta.inject.Inject;
import java.util.List;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.plugin.PluginStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and starts every plugin jar of the plugins folder when the server starts ({@link Lifecycle#PLUGINS},
 * after storage) and stops and unloads them when it stops (before storage closes). A plugin that fails is
 * reported and the server starts anyway. Thread-safe.
 */
final class PluginRuntimeLifecycle implements Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntimeLifecycle.class);

    private final PluginRuntime runtime;
    private volatile boolean loaded;

    @Inject
    PluginRuntimeLifecycle(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public int phase() {
        return PLUGINS;
    }

    @Override
    public void start() {
        List<PluginInfo> plugins = runtime.startAll();
        long failed = plugins.stream().filter(p -> p.status() == PluginStatus.FAILED).count();
        plugins.stream().filter(p -> p.status() == PluginStatus.FAILED)
                .forEach(p -> LOG.warn("plugin {} failed: {}", p.pluginId(), p.failureReason().orElse("")));
        LOG.info("{} plugin(s) loaded, {} failed", plugins.size() - failed, failed);
        loaded = true;
    }

    @Override
    public void stop() {
        loaded = false;
        runtime.close();
    }

    /** @return whether start-up loading has finished (and the runtime is not stopped) */
    boolean loaded() {
        return loaded;
    }
}
