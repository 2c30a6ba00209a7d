package org.openwtp.core.testing;

import java.util.List;
import java.util.Optional;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.PluginView;
import org.openwtp.core.http.ApiException;

/** A plugin runtime with no plugins. */
public final class NoPlugins implements PluginAdministration {
    @Override public List<PluginView> list() { return List.of(); }
    @Override public Optional<PluginView> find(String pluginId) { return Optional.empty(); }
    @Override public PluginView start(String pluginId) { throw ApiException.notFound("plugin", pluginId); }
    @Override public PluginView stop(String pluginId) { throw ApiException.notFound("plugin", pluginId); }
    @Override public PluginView reload(String pluginId) { throw ApiException.notFound("plugin", pluginId); }
    @Override public void unload(String pluginId) { throw ApiException.notFound("plugin", pluginId); }
    @Override public PluginView install(String fileName, byte[] jar) { throw ApiException.notFound("plugin", fileName); }
    @Override public PluginView installFromFolder(String fileName) { throw ApiException.notFound("plugin", fileName); }
}
