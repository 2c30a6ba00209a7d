package org.openwtp.core.plugin.internal;

/**
 * Where a call goes: for metrics, errors and the context class loader. Immutable.
 *
 * @param tenant    the tenant's id, or {@value #NO_TENANT} for calls outside a tenant
 * @param pluginId  the plugin
 * @param extension the extension point's simple name
 * @param method    the method
 * @param loader    the plugin's class loader
 * @param meters    the timers of (tenant, plugin, extension), resolved at lookup; null to resolve per call
 */
record CallSite(String tenant, String pluginId, String extension, String method, ClassLoader loader,
                CallMetrics.Point meters) {

    /** A site whose timers are resolved when the call is recorded. */
    CallSite(String tenant, String pluginId, String extension, String method, ClassLoader loader) {
        this(tenant, pluginId, extension, method, loader, null);
    }

    /** Tenant tag of calls made for the core itself (e.g. config validation); not a valid tenant id. */
    static final String NO_TENANT = "_core";
}
