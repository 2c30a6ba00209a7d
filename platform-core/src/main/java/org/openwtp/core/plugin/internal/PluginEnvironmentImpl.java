package org.openwtp.core.plugin.internal;

import org.openwtp.sdk.PluginEnvironment;

/**
 * The {@link PluginEnvironment} a plugin's extensions may inject. Immutable.
 *
 * @param pluginId      the plugin id
 * @param pluginVersion the plugin version
 * @param sdkVersion    the SDK version of this core
 */
record PluginEnvironmentImpl(String pluginId, String pluginVersion, String sdkVersion) implements PluginEnvironment {
}
