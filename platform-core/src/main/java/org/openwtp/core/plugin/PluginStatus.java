package org.openwtp.core.plugin;

/** Where a plugin stands in the runtime, as the admin API shows it. */
public enum PluginStatus {
    /** Loaded and resolved, not started. */
    LOADED,
    /** Started: its extensions answer calls. */
    STARTED,
    /** Stopped by an operator; its code is still loaded. */
    STOPPED,
    /** Refused or broken; {@link PluginInfo#failureReason()} says why. */
    FAILED
}
