package org.openwtp.core.plugin.server;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.PluginView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntime;

/** Host administration over the real {@link PluginRuntime} and the plugins folder. Thread-safe. */
final class RuntimePluginAdministration implements PluginAdministration {

    /** The plugin is known only as a jar that was refused before loading. */
    static final ErrorCode NOT_LOADED = ErrorCode.of("plugin_not_loaded", "Plugin not loaded", 409);

    private final PluginRuntime runtime;
    private final PluginJarInstaller installer;

    @Inject
    RuntimePluginAdministration(PluginRuntime runtime, PluginJarInstaller installer) {
        this.runtime = runtime;
        this.installer = installer;
    }

    @Override
    public List<PluginView> list() {
        return runtime.plugins().stream().sorted(Comparator.comparing(PluginInfo::pluginId))
                .map(RuntimePluginAdministration::view).toList();
    }

    @Override
    public Optional<PluginView> find(String pluginId) {
        return runtime.plugin(pluginId).map(RuntimePluginAdministration::view);
    }

    @Override
    public PluginView start(String pluginId) {
        return view(loaded(pluginId, () -> runtime.start(pluginId)));
    }

    @Override
    public PluginView stop(String pluginId) {
        return view(loaded(pluginId, () -> runtime.stop(pluginId)));
    }

    @Override
    public PluginView reload(String pluginId) {
        if (runtime.plugin(pluginId).isEmpty()) {
            throw ApiException.notFound("plugin", pluginId);
        }
        var jar = installer.newestJar(pluginId).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
                "no jar of plugin '" + pluginId + "' is in the plugins folder; upload one with POST /admin/plugins"));
        return view(installer.reloadFrom(pluginId, jar));
    }

    @Override
    public void unload(String pluginId) {
        try {
            runtime.unload(pluginId);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("plugin", pluginId);
        }
    }

    @Override
    public PluginView install(String fileName, byte[] jar) {
        return view(installer.install(fileName, jar));
    }

    @Override
    public PluginView installFromFolder(String fileName) {
        return view(installer.installFromFolder(fileName));
    }

    private PluginInfo loaded(String pluginId, Supplier<PluginInfo> action) {
        try {
            return action.get();
        } catch (NoSuchElementException e) {
            Optional<PluginInfo> known = runtime.plugin(pluginId);
            if (known.isPresent()) {
                throw new ApiException(NOT_LOADED, "plugin '" + pluginId + "' was refused when loading ("
                        + known.get().failureReason().orElse("no reason recorded") + "); fix the jar and install it again");
            }
            throw ApiException.notFound("plugin", pluginId);
        }
    }

    static PluginView view(PluginInfo info) {
        return new PluginView(info.pluginId(), info.version(), info.status().name(), info.requires(), info.extensionPoints(),
                info.failureReason());
    }
}
