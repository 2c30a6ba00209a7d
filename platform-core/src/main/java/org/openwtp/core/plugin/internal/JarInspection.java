package org.openwtp.core.plugin.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginStatus;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;

/**
 * What a jar says about itself before anything is loaded from it: its descriptor, or why it cannot be a
 * plugin on this core. Immutable.
 *
 * @param source     the jar
 * @param descriptor its descriptor, null if unreadable
 * @param problem    why it is refused
 */
record JarInspection(Path source, PluginDescriptor descriptor, Optional<String> problem) {

    static JarInspection of(Path jar, PluginDescriptorFinder finder, SdkCompatibility compatibility) {
        PluginDescriptor descriptor;
        try {
            descriptor = finder.find(jar);
        } catch (RuntimeException | LinkageError e) {
            return refused(jar, null, "cannot read a plugin descriptor from " + jar.getFileName() + ": " + rootMessage(e));
        }
        if (descriptor == null || blank(descriptor.getPluginId())) {
            return refused(jar, null, jar.getFileName() + " has no plugin descriptor: its MANIFEST.MF lacks Plugin-Id");
        }
        if (blank(descriptor.getVersion())) {
            return refused(jar, descriptor, "plugin '" + descriptor.getPluginId() + "' has no Plugin-Version");
        }
        Optional<String> incompatible = compatibility.problem(descriptor);
        return incompatible.map(reason -> refused(jar, descriptor, reason))
                .orElseGet(() -> new JarInspection(jar, descriptor, Optional.empty()));
    }

    private static JarInspection refused(Path jar, PluginDescriptor descriptor, String reason) {
        return new JarInspection(jar, descriptor, Optional.of(reason));
    }

    String pluginId() {
        return descriptor == null ? source.getFileName().toString() : descriptor.getPluginId();
    }

    PluginInfo failedInfo(String reason) {
        return new PluginInfo(pluginId(), descriptor == null ? "unknown" : descriptor.getVersion(), PluginStatus.FAILED,
                descriptor == null || descriptor.getRequires() == null ? "" : descriptor.getRequires(), java.util.List.of(),
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
