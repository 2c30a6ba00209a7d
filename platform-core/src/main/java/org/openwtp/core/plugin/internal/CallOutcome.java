package org.openwtp.core.plugin.internal;

import java.util.Locale;
import org.openwtp.core.plugin.PluginCallException;

/** The {@code outcome} tag of a call's metrics. */
enum CallOutcome {
    SUCCESS, FAILURE, TIMEOUT, REJECTED, CIRCUIT_OPEN, UNAVAILABLE, INTERRUPTED;

    private final String tag = name().toLowerCase(Locale.ROOT);

    String tag() {
        return tag;
    }

    static CallOutcome of(PluginCallException.Kind kind) {
        return switch (kind) {
            case FAILED -> FAILURE;
            case TIMED_OUT -> TIMEOUT;
            case REJECTED -> REJECTED;
            case CIRCUIT_OPEN -> CIRCUIT_OPEN;
            case UNAVAILABLE -> UNAVAILABLE;
            case INTERRUPTED -> INTERRUPTED;
        };
    }

    /** @return whether the outcome counts against the plugin's circuit */
    boolean isPluginFault() {
        return this == FAILURE || this == TIMEOUT;
    }
}
