package org.openwtp.sdk;

/**
 * Facts about the running plugin that the core offers for injection ({@code @Inject}) into extension
 * constructors. It is the only service a plugin can inject; everything tenant-specific arrives in the
 * {@link org.openwtp.sdk.context.PluginContext} of each call.
 */
public interface PluginEnvironment {

    /**
     * The id of the plugin this extension belongs to.
     *
     * @return the {@code Plugin-Id} from the plugin's manifest
     */
    String pluginId();

    /**
     * The version of the plugin this extension belongs to.
     *
     * @return the {@code Plugin-Version} from the plugin's manifest
     */
    String pluginVersion();

    /**
     * The SDK version of the core running the plugin.
     *
     * @return the core's {@link SdkVersion#CURRENT}
     */
    String sdkVersion();
}
