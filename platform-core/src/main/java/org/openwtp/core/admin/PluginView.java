package org.openwtp.core.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin as host administration shows it. Immutable.
 *
 * @param id              the PF4J plugin id
 * @param version         the plugin version
 * @param state           e.g. {@code STARTED}, {@code STOPPED}, {@code FAILED}
 * @param requires        the SDK range it declares, e.g. {@code >=1.0.0 & <2.0.0}
 * @param extensionPoints the SDK extension points it implements
 * @param failureReason   why it failed, when it did
 */
public record PluginView(String id, String version, String state, String requires, List<String> extensionPoints,
                         Optional<String> failureReason) {

    /** Validates the view. */
    public PluginView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requires, "requires");
        extensionPoints = List.copyOf(extensionPoints);
        failureReason = failureReason == null ? Optional.empty() : failureReason;
    }
}
