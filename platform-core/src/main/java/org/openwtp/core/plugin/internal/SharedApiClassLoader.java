package org.openwtp.core.plugin.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin class loader: the JDK (platform class loader) plus the shared API
 * packages of {@link ClassLoadingRules}, taken from the core. Core internals and the core's own
 * libraries (Jackson, Jdbi, ...) are not visible to plugins, so a plugin bundles what it uses.
 * Defines no classes itself. Thread-safe (parallel capable).
 */
final class SharedApiClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader core;

    SharedApiClassLoader(ClassLoader core) {
        super("openwtp-shared-api", ClassLoader.getPlatformClassLoader());
        this.core = core;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (ClassLoadingRules.isShared(name)) {
            return core.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return ClassLoadingRules.isSharedResource(name) ? core.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return ClassLoadingRules.isSharedResource(name) ? core.getResources(name) : super.getResources(name);
    }

    @Override
    protected URL findResource(String name) {
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.emptyEnumeration();
    }
}
