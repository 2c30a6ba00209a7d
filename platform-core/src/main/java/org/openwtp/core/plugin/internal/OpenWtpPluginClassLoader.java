package org.openwtp.core.plugin.internal;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the shared API packages parent-first, everything else from the plugin jar
 * first, then from the plugins it depends on, then from the JDK. Thread-safe as PF4J's loader is.
 */
final class OpenWtpPluginClassLoader extends PluginClassLoader {

    private final String pluginId;

    OpenWtpPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, SharedApiClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
        this.pluginId = descriptor.getPluginId();
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return ClassLoadingRules.isShared(className);
    }

    @Override
    public String toString() {
        return "OpenWtpPluginClassLoader[" + pluginId + "]";
    }
}
