package org.openwtp.sdk;

/**
 * The semantic version of this SDK. The core gives it to PF4J as the system version, so a plugin's
 * {@code Plugin-Requires} range is checked against it when the plugin loads.
 */
public final class SdkVersion {

    /** The version of the SDK this class was compiled in, for example {@code 1.0.0}. */
    public static final String CURRENT = "1.0.0";

    /** The range a plugin built against this SDK should declare in {@code Plugin-Requires}. */
    public static final String COMPATIBLE_RANGE = ">=1.0.0 & <2.0.0";

    private SdkVersion() {
    }
}
