package org.openwtp.core.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the admin API shows about one plugin.
 *
 * @param pluginId        the {@code Plugin-Id}, or the jar's file name when no descriptor could be read
 * @param version         the {@code Plugin-Version}, or {@code unknown}
 * @param status          where it stands
 * @param requires        the SDK range it declared in {@code Plugin-Requires}, empty text if none
 * @param extensionPoints simple names of the extension points it implements, e.g. {@code Carrier}
 * @param failureReason   why it failed, for {@link PluginStatus#FAILED}
 * @param source          the jar it was loaded from
 */
public record PluginInfo(String pluginId, String version, PluginStatus status, String requires,
                         List<String> extensionPoints, Optional<String> failureReason, String source) {

    /** Validates and copies. */
    public PluginInfo {
        Objects.requireNonNull(pluginId, "pluginId must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(requires, "requires must not be null");
        extensionPoints = List.copyOf(Objects.requireNonNull(extensionPoints, "extensionPoints must not be null"));
        Objects.requireNonNull(failureReason, "failureReason must not be null (use Optional.empty())");
        Objects.requireNonNull(source, "source must not be null");
        if (status == PluginStatus.FAILED && failureReason.isEmpty()) {
            throw new IllegalArgumentException("a FAILED plugin needs a failure reason");
        }
    }
}
