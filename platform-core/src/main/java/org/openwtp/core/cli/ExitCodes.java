package org.openwtp.core.cli;

/**
 * Exit codes of the {@code openwtp} command that scripts can rely on. Documented in docs/cli.md.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The command ran and failed (a refused operation, an unknown tenant, a server that could not start). */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** The configuration is wrong: unknown setting, invalid value, missing file or required setting. */
    public static final int CONFIG = 3;

    private ExitCodes() {
    }
}
