package org.openwtp.core.plugin;

import java.util.Objects;

/**
 * The one failure a call into plugin code produces: whatever the plugin threw (short of the VM failing),
 * an overrun deadline, or a call the runtime refused. The message names the plugin, the extension point,
 * the method and the tenant. Callers treat it as an outage of that plugin, not as a business outcome.
 */
public final class PluginCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String pluginId;
    private final String extension;
    private final String method;
    private final String tenant;

    /**
     * Creates the failure.
     *
     * @param kind      what went wrong
     * @param pluginId  the plugin
     * @param extension the extension point, e.g. {@code Carrier}
     * @param method    the method, e.g. {@code quote}
     * @param tenant    the tenant the call was made for
     * @param detail    what happened
     * @param cause     what the plugin threw, or null
     */
    public PluginCallException(Kind kind, String pluginId, String extension, String method, String tenant, String detail,
                               Throwable cause) {
        super("plugin '" + pluginId + "' " + extension + "." + method + " for tenant '" + tenant + "' "
                + Objects.requireNonNull(kind, "kind must not be null").description + ": " + detail, cause);
        this.kind = kind;
        this.pluginId = pluginId;
        this.extension = extension;
        this.method = method;
        this.tenant = tenant;
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }

    /** @return true if the call was abandoned at its deadline */
    public boolean isTimeout() {
        return kind == Kind.TIMED_OUT;
    }

    /** @return the plugin id */
    public String pluginId() {
        return pluginId;
    }

    /** @return the extension point's simple name */
    public String extension() {
        return extension;
    }

    /** @return the method name */
    public String method() {
        return method;
    }

    /** @return the tenant the call was made for */
    public String tenant() {
        return tenant;
    }

    /** What went wrong with a call. */
    public enum Kind {
        /** The plugin threw. */
        FAILED("failed"),
        /** The deadline passed; the call was abandoned. */
        TIMED_OUT("timed out"),
        /** The call executor was full. */
        REJECTED("was rejected"),
        /** Too many recent failures for this tenant and plugin. */
        CIRCUIT_OPEN("was refused by an open circuit"),
        /** The plugin was stopped or unloaded since the extension was looked up. */
        UNAVAILABLE("is unavailable"),
        /** The calling thread was interrupted while waiting. */
        INTERRUPTED("was interrupted");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }
}
