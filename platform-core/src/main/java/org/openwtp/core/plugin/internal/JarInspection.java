package org.openwtp.core.plugin.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginStatus;
import org.pf4j.PluginDescriptor;

/**
 * What a jar says about itself before anything is loaded from it: its descriptor and extension index, or why it
 * cannot be a plugin on this core. Both are read once, from the very file PF4J will load (the work copy), and
 * the descriptor is handed to PF4J, so what is checked is what runs. Immutable.
 *
 * @param source     the jar as the operator supplied it (named in messages and in {@link PluginInfo#source()})
 * @param copy       the file the descriptor was read from and PF4J loads
 * @param descriptor its descriptor, null if unreadable
 * @param extensions the extension classes its own {@code META-INF/extensions.idx} lists
 * @param problem    why it is refused
 */
record JarInspection(Path source, Path copy, PluginDescriptor descriptor, List<String> extensions, Optional<String> problem) {

    JarInspection {
        extensions = List.copyOf(extensions);
    }

    /**
     * Reads a jar's descriptor and extension index and checks the descriptor.
     *
     * @param jar    the jar as supplied
     * @param readAt the file to read (the work copy, or {@code jar} itself)
     */
    static JarInspection of(Path jar, Path readAt, PluginJarReader reader, SdkCompatibility compatibility) {
        PluginJarReader.Contents contents;
        try {
            contents = reader.read(readAt);
        } catch (IllegalStateException e) { // an unreadable extension index: the message names the plugin and the file
            return refused(jar, readAt, null, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return refused(jar, readAt, null, "cannot read a plugin descriptor from " + jar.getFileName() + ": " + rootMessage(e));
        }
        PluginDescriptor descriptor = contents.descriptor();
        if (descriptor == null || blank(descriptor.getPluginId())) {
            return refused(jar, readAt, null, jar.getFileName() + " has no plugin descriptor: its MANIFEST.MF lacks Plugin-Id");
        }
        if (blank(descriptor.getVersion())) {
            return refused(jar, readAt, descriptor, "plugin '" + descriptor.getPluginId() + "' has no Plugin-Version");
        }
        Optional<String> incompatible = compatibility.problem(descriptor);
        return incompatible.map(reason -> refused(jar, readAt, descriptor, reason))
                .orElseGet(() -> new JarInspection(jar, readAt, descriptor, contents.extensions(), Optional.empty()));
    }

    /** A jar refused before its descriptor could be read, e.g. because it cannot be copied. */
    static JarInspection unreadable(Path jar, String reason) {
        return new JarInspection(jar, jar, null, List.of(), Optional.of(reason));
    }

    private static JarInspection refused(Path jar, Path readAt, PluginDescriptor descriptor, String reason) {
        return new JarInspection(jar, readAt, descriptor, List.of(), Optional.of(reason));
    }

    String pluginId() {
        return descriptor == null ? source.getFileName().toString() : descriptor.getPluginId();
    }

    PluginInfo failedInfo(String reason) {
        return new PluginInfo(pluginId(), descriptor == null ? "unknown" : descriptor.getVersion(), PluginStatus.FAILED,
                descriptor == null || descriptor.getRequires() == null ? "" : descriptor.getRequires(), List.of(),
                Optional.of(reason), source.toString());
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            message.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return message.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
