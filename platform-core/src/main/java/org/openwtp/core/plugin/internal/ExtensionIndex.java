package org.openwtp.core.plugin.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.processor.ExtensionStorage;
import org.pf4j.processor.IndexedExtensionStorage;

/**
 * Reads the extension classes a plugin lists in its own {@code META-INF/extensions.idx}, from its own jar only.
 *
 * <p>Why not {@code PluginManager.getExtensionClassNames(id)}: PF4J's finder drops its cache on every plugin
 * state change and then re-reads the index of every loaded plugin and scans the whole core class path for
 * indexes, so starting n plugins one by one cost n full scans (a fifth of the core's start-up time in the
 * load benchmark). Stateless.
 */
final class ExtensionIndex {

    private ExtensionIndex() {
    }

    /**
     * The class names listed in the plugin jar's index.
     *
     * @param pluginId for messages
     * @param loader   the plugin's class loader
     * @return the names, in index order; empty if the plugin's own jar has no index
     * @throws IllegalStateException if the index cannot be read
     */
    static List<String> classNames(String pluginId, ClassLoader loader) {
        URL index = loader instanceof URLClassLoader own
                ? own.findResource(IndexedExtensionStorage.EXTENSIONS_RESOURCE)
                : loader.getResource(IndexedExtensionStorage.EXTENSIONS_RESOURCE);
        if (index == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        try {
            URLConnection connection = index.openConnection();
            // no JDK-wide jar cache entry: it would keep the work copy open after the plugin is unloaded
            connection.setUseCaches(false);
            try (Reader reader = new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
                ExtensionStorage.read(reader, names);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("plugin '" + pluginId + "' has an unreadable "
                    + IndexedExtensionStorage.EXTENSIONS_RESOURCE + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }
}
