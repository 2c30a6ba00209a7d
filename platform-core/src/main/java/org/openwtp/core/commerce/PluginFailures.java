package org.openwtp.core.commerce;

import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.plugin.PluginCallException;

/**
 * Turns the failure of a call into a plugin that a request cannot do without (a seller verification, a
 * listing check) into the client's answer: 504 when the plugin overran its deadline, 502 otherwise, with a
 * detail naming the plugin but not its internals.
 */
public final class PluginFailures {

    private PluginFailures() {
    }

    /**
     * The client's answer for a failed call.
     *
     * @param e    the failure
     * @param what what the plugin was asked, e.g. {@code verify the seller}
     * @return the exception to throw
     */
    public static ApiException toApi(PluginCallException e, String what) {
        ErrorCode code = e.isTimeout() ? ErrorCode.UPSTREAM_TIMEOUT : ErrorCode.UPSTREAM_FAILED;
        String why = switch (e.kind()) {
            case TIMED_OUT -> "did not answer in time";
            case CIRCUIT_OPEN -> "failed too often recently and is paused";
            case UNAVAILABLE -> "is stopped";
            case REJECTED -> "is overloaded";
            default -> "failed";
        };
        return new ApiException(code, "plugin '" + e.pluginId() + "' " + why + " when asked to " + what
                + "; try again later or ask the tenant admin to check the plugin").withCause(e);
    }
}
