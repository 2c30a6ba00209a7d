package org.openwtp.core.plugin.internal;

import java.util.Optional;
import org.openwtp.sdk.SdkVersion;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/**
 * Checks a plugin's {@code Plugin-Requires} range against the SDK version this core provides. A plugin
 * must declare a range; PF4J's default of "*" (nothing declared) is refused. Thread-safe.
 */
final class SdkCompatibility {

    private final VersionManager versions;

    SdkCompatibility(VersionManager versions) {
        this.versions = versions;
    }

    /**
     * Why a plugin cannot run on this core.
     *
     * @param descriptor the plugin's descriptor
     * @return the reason, or empty if the plugin is compatible
     */
    Optional<String> problem(PluginDescriptor descriptor) {
        String requires = descriptor.getRequires() == null ? "" : descriptor.getRequires().trim();
        if (requires.isEmpty() || requires.equals("*")) {
            return Optional.of("plugin '" + descriptor.getPluginId() + "' declares no Plugin-Requires range; this core provides SDK "
                    + SdkVersion.CURRENT + ", so declare e.g. Plugin-Requires: " + SdkVersion.COMPATIBLE_RANGE);
        }
        boolean matches;
        try {
            matches = versions.checkVersionConstraint(SdkVersion.CURRENT, requires);
        } catch (RuntimeException e) {
            return Optional.of("plugin '" + descriptor.getPluginId() + "' declares an unreadable Plugin-Requires '" + requires
                    + "' (" + e.getMessage() + "); this core provides SDK " + SdkVersion.CURRENT);
        }
        if (!matches) {
            return Optional.of("plugin '" + descriptor.getPluginId() + "' requires SDK '" + requires + "' but this core provides SDK "
                    + SdkVersion.CURRENT);
        }
        return Optional.empty();
    }
}
