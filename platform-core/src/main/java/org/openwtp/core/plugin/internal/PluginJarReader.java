package org.openwtp.core.plugin.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.processor.ExtensionStorage;
import org.pf4j.processor.IndexedExtensionStorage;

/**
 * Reads what the runtime needs from a plugin jar before loading it, in one opening of the file: the descriptor
 * (PF4J's manifest attributes) and the extension classes listed in the jar's own {@code META-INF/extensions.idx}.
 *
 * <p>Why not {@code PluginManager.getExtensionClassNames(id)}: PF4J's finder drops its cache on every plugin
 * state change and then re-reads the index of every loaded plugin and scans the whole core class path for
 * indexes, so starting n plugins one by one cost n full scans. Why not the plugin's class loader either: a
 * resource URL of a loaded jar is opened again (a second parse of the zip directory, a tenth of the core's
 * start-up CPU in the load benchmark) or cached by the JDK, which keeps the copy open after unloading.
 * Stateless and thread-safe.
 */
final class PluginJarReader extends ManifestPluginDescriptorFinder {

    /**
     * What a jar says about itself.
     *
     * @param descriptor its descriptor (never null; PF4J's defaults for absent attributes)
     * @param extensions the class names its index lists, in index order; empty without an index
     */
    record Contents(PluginDescriptor descriptor, List<String> extensions) {
        Contents {
            extensions = List.copyOf(extensions);
        }
    }

    /**
     * Reads a jar's manifest and extension index.
     *
     * @param jar the jar file
     * @return its descriptor and extension class names
     * @throws IllegalArgumentException if the file is not a readable jar or has no manifest
     * @throws IllegalStateException    if its extension index cannot be read
     */
    Contents read(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new IllegalArgumentException(jar.getFileName() + " has no META-INF/MANIFEST.MF");
            }
            PluginDescriptor descriptor = createPluginDescriptor(manifest);
            return new Contents(descriptor, extensions(file, descriptor.getPluginId()));
        } catch (IOException e) {
            throw new IllegalArgumentException(jar.getFileName() + " is not a readable jar: " + e.getMessage(), e);
        }
    }

    private static List<String> extensions(JarFile file, String pluginId) {
        JarEntry index = file.getJarEntry(IndexedExtensionStorage.EXTENSIONS_RESOURCE);
        if (index == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(index), StandardCharsets.UTF_8)) {
            ExtensionStorage.read(reader, names);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("plugin '" + pluginId + "' has an unreadable "
                    + IndexedExtensionStorage.EXTENSIONS_RESOURCE + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }
}
