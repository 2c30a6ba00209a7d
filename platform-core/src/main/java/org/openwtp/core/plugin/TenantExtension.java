package org.openwtp.core.plugin;

import java.util.function.BiConsumer;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/**
 * One extension of a plugin a tenant enabled, bound to that tenant's configuration and store. Every call
 * goes through the runtime's guard: the plugin's class loader as context class loader, a deadline,
 * failures turned into {@link PluginCallException}, metrics and a circuit breaker per (tenant, plugin).
 *
 * <p>Look one up per request through {@link PluginExtensions} and do not keep it: holding it keeps the
 * plugin's classes in memory after an unload (calls then fail as {@link PluginCallException.Kind#UNAVAILABLE}).
 * Thread-safe.
 *
 * @param <T> the extension point
 */
public interface TenantExtension<T> {

    /** @return the plugin providing the extension */
    String pluginId();

    /** @return the plugin's version */
    String pluginVersion();

    /** @return the tenant the extension is bound to */
    TenantId tenant();

    /** @return the extension point */
    Class<T> extensionPoint();

    /** @return the tenant's configuration of the plugin */
    PluginConfig config();

    /**
     * The context a call with these options receives; calls build their own, this is for callers that need
     * one outside a call (e.g. to compute a deadline shared by several calls).
     *
     * @param options the call options
     * @return a context with the tenant, configuration, idempotency key, deadline (now + timeout), clock and store
     */
    PluginContext context(CallOptions options);

    /**
     * Calls the extension under the guard.
     *
     * @param method  the method's name, for errors and metrics
     * @param options thread, deadline and idempotency key
     * @param call    the call
     * @param <R>     the result type
     * @return what the plugin returned
     * @throws PluginCallException if the plugin threw, overran or the call was refused
     */
    <R> R call(String method, CallOptions options, PluginCall<T, R> call);

    /**
     * Calls the extension on the caller's thread with the runtime's default deadline.
     *
     * @param method the method's name
     * @param call   the call
     * @param <R>    the result type
     * @return what the plugin returned
     * @throws PluginCallException if the plugin threw or the call was refused
     */
    <R> R call(String method, PluginCall<T, R> call);

    /**
     * Calls a method without result under the guard.
     *
     * @param method  the method's name
     * @param options thread, deadline and idempotency key
     * @param action  the call, given the extension and its context
     * @throws PluginCallException if the plugin threw, overran or the call was refused
     */
    default void run(String method, CallOptions options, BiConsumer<T, PluginContext> action) {
        call(method, options, (extension, context) -> {
            action.accept(extension, context);
            return null;
        });
    }
}
