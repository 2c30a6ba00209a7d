package org.openwtp.core.plugin;

import org.openwtp.sdk.context.PluginContext;

/**
 * One call into an extension, given the extension and the context the runtime built for it, e.g.
 * {@code (carrier, ctx) -> carrier.quote(request, ctx)}.
 *
 * @param <T> the extension point
 * @param <R> the result
 */
@FunctionalInterface
public interface PluginCall<T, R> {

    /**
     * Makes the call.
     *
     * @param extension the plugin's extension
     * @param context   tenant, configuration, idempotency key, deadline, clock and store of this call
     * @return the result
     */
    R apply(T extension, PluginContext context);
}
