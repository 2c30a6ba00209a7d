package org.openwtp.core.plugin.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openwtp.sdk.SdkVersion;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/**
 * Checks a plugin's {@code Plugin-Requires} range against the SDK version this core provides. A plugin
 * must declare a range; PF4J's default of "*" (nothing declared) is refused. Each distinct range is parsed once
 * (PF4J parses the expression anew on every check, and every jar is checked twice: at inspection and when PF4J
 * loads it). Thread-safe.
 */
final class SdkCompatibility {

    private final VersionManager versions;
    /** Per range: null if it contains {@link SdkVersion#CURRENT}, else why not (without the plugin id). */
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

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
        Verdict verdict = verdicts.computeIfAbsent(requires, this::judge);
        return verdict.problem() == null ? Optional.empty()
                : Optional.of("plugin '" + descriptor.getPluginId() + "' " + verdict.problem());
    }

    private Verdict judge(String requires) {
        boolean matches;
        try {
            matches = versions.checkVersionConstraint(SdkVersion.CURRENT, requires);
        } catch (RuntimeException e) {
            return new Verdict("declares an unreadable Plugin-Requires '" + requires + "' (" + e.getMessage()
                    + "); this core provides SDK " + SdkVersion.CURRENT);
        }
        return new Verdict(matches ? null : "requires SDK '" + requires + "' but this core provides SDK " + SdkVersion.CURRENT);
    }

    /** The outcome of checking one range; {@code problem} is null when it is compatible. */
    private record Verdict(String problem) {
    }
}
