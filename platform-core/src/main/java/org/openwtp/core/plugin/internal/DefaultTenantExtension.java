package org.openwtp.core.plugin.internal;

import java.time.Clock;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.EnabledPlugin;
import org.openwtp.core.plugin.PluginCall;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;

/**
 * A tenant's use of one extension: everything to build its context is resolved at lookup, so a call
 * costs the guard and one context object. Thread-safe (immutable).
 *
 * @param <T> the extension point
 */
final class DefaultTenantExtension<T> implements TenantExtension<T> {

    private final TenantId tenant;
    private final EnabledPlugin enabled;
    private final ActivePlugin plugin;
    private final Class<T> point;
    private final T extension;
    private final KeyValueStore store;
    private final PluginCallGuard guard;
    private final CircuitBreaker breaker;
    private final CallMetrics.Point meters;
    private final String pointName;

    DefaultTenantExtension(TenantId tenant, EnabledPlugin enabled, ActivePlugin plugin, Class<T> point, T extension,
                           KeyValueStore store, PluginCallGuard guard) {
        this.tenant = tenant;
        this.enabled = enabled;
        this.plugin = plugin;
        this.point = point;
        this.extension = extension;
        this.store = store;
        this.guard = guard;
        this.breaker = guard.breaker(tenant.value(), plugin.pluginId());
        this.pointName = point.getSimpleName();
        this.meters = guard.meters(tenant.value(), plugin.pluginId(), pointName);
    }

    @Override
    public String pluginId() {
        return plugin.pluginId();
    }

    @Override
    public String pluginVersion() {
        return plugin.version();
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public Class<T> extensionPoint() {
        return point;
    }

    @Override
    public PluginConfig config() {
        return enabled.config();
    }

    @Override
    public PluginContext context(CallOptions options) {
        Clock clock = guard.clock();
        return new CallContext(tenant, enabled.config(), options.idempotencyKey(), clock.instant().plus(options.timeout()),
                clock, store);
    }

    @Override
    public <R> R call(String method, CallOptions options, PluginCall<T, R> call) {
        CallSite site = new CallSite(tenant.value(), plugin.pluginId(), pointName, method, plugin.classLoader(), meters);
        if (!plugin.isActive()) {
            throw new PluginCallException(PluginCallException.Kind.UNAVAILABLE, site.pluginId(), site.extension(), method,
                    site.tenant(), "the plugin was stopped or unloaded; look the extension up again", null);
        }
        PluginContext context = context(options);
        return guard.invoke(site, breaker, options.path(), options.timeout(), () -> call.apply(extension, context));
    }

    @Override
    public <R> R call(String method, PluginCall<T, R> call) {
        return call(method, CallOptions.onCallerThread(guard.defaultTimeout()), call);
    }

    @Override
    public String toString() {
        return "TenantExtension[" + tenant + ", " + plugin.pluginId() + ", " + point.getSimpleName() + "]";
    }
}
