package org.openwtp.core.commerce.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.InMemoryPluginStateStores;
import org.openwtp.core.plugin.PluginCall;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.context.TenantId;
import org.pf4j.ExtensionPoint;

/**
 * A hand-written {@link PluginExtensions}: extensions registered per tenant, called directly on the calling
 * thread, with whatever they throw turned into a {@link PluginCallException} naming the plugin, as the
 * runtime's guard does. Thread-safe.
 */
public final class FakeExtensions implements PluginExtensions {

    private record Registered(String pluginId, Object extension) {
    }

    private final Map<TenantId, List<Registered>> byTenant = new ConcurrentHashMap<>();
    private final Map<TenantId, List<Registered>> stopped = new ConcurrentHashMap<>();
    private final InMemoryPluginStateStores stores = new InMemoryPluginStateStores();
    private final Clock clock;

    /** @param clock the clock contexts carry */
    public FakeExtensions(Clock clock) {
        this.clock = clock;
    }

    /**
     * Enables an extension for a tenant.
     *
     * @param tenant    the tenant
     * @param pluginId  the plugin id it appears under
     * @param extension the extension
     * @return this
     */
    public FakeExtensions enable(TenantId tenant, String pluginId, Object extension) {
        byTenant.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>()).add(new Registered(pluginId, extension));
        return this;
    }

    /**
     * Disables every extension of a plugin for a tenant.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     */
    public void disable(TenantId tenant, String pluginId) {
        byTenant.getOrDefault(tenant, List.of()).removeIf(r -> r.pluginId().equals(pluginId));
    }

    /**
     * Stops a plugin the tenant keeps enabled: its extensions are no longer found, and it is reported
     * {@link #unavailable} for the points they implement.
     *
     * @param tenant   the tenant
     * @param pluginId the plugin
     */
    public void stop(TenantId tenant, String pluginId) {
        byTenant.getOrDefault(tenant, List.of()).stream().filter(r -> r.pluginId().equals(pluginId)).findFirst()
                .ifPresent(r -> stopped.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>()).add(r));
        disable(tenant, pluginId);
    }

    @Override
    public List<String> unavailable(TenantId tenant, Class<? extends ExtensionPoint> point) {
        return stopped.getOrDefault(tenant, List.of()).stream().filter(r -> point.isInstance(r.extension()))
                .map(Registered::pluginId).toList();
    }

    @Override
    public <T extends ExtensionPoint> List<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point) {
        List<TenantExtension<T>> out = new ArrayList<>();
        for (Registered r : byTenant.getOrDefault(tenant, List.of())) {
            if (point.isInstance(r.extension())) {
                out.add(new Fake<>(tenant, r.pluginId(), point, point.cast(r.extension())));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public <T extends ExtensionPoint> Optional<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point, String pluginId) {
        return forTenant(tenant, point).stream().filter(e -> e.pluginId().equals(pluginId)).findFirst();
    }

    private final class Fake<T> implements TenantExtension<T> {
        private final TenantId tenant;
        private final String pluginId;
        private final Class<T> point;
        private final T extension;

        Fake(TenantId tenant, String pluginId, Class<T> point, T extension) {
            this.tenant = tenant;
            this.pluginId = pluginId;
            this.point = point;
            this.extension = extension;
        }

        @Override
        public String pluginId() {
            return pluginId;
        }

        @Override
        public String pluginVersion() {
            return "1.0.0";
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
            return PluginConfig.empty();
        }

        @Override
        public PluginContext context(CallOptions options) {
            Instant deadline = clock.instant().plus(options.timeout());
            KeyValueStore store = stores.storeFor(tenant, pluginId);
            return new PluginContext() {
                @Override
                public TenantId tenantId() {
                    return tenant;
                }

                @Override
                public PluginConfig config() {
                    return PluginConfig.empty();
                }

                @Override
                public Optional<IdempotencyKey> idempotencyKey() {
                    return options.idempotencyKey();
                }

                @Override
                public Instant deadline() {
                    return deadline;
                }

                @Override
                public Clock clock() {
                    return clock;
                }

                @Override
                public KeyValueStore store() {
                    return store;
                }
            };
        }

        @Override
        public <R> R call(String method, CallOptions options, PluginCall<T, R> call) {
            if (options.path() == CallOptions.CallPath.EXECUTOR) {
                return onAnotherThread(method, options, call);
            }
            try {
                return call.apply(extension, context(options));
            } catch (RuntimeException e) {
                throw new PluginCallException(PluginCallException.Kind.FAILED, pluginId, point.getSimpleName(), method,
                        tenant.value(), e.getClass().getName() + ": " + e.getMessage(), e);
            }
        }

        /** As the runtime's guard does: the call on another thread, abandoned (interrupted) at its timeout. */
        private <R> R onAnotherThread(String method, CallOptions options, PluginCall<T, R> call) {
            java.util.concurrent.FutureTask<R> task = new java.util.concurrent.FutureTask<>(
                    () -> call(method, CallOptions.onCallerThread(options.timeout()), call));
            Thread thread = new Thread(task, "fake-plugin-call");
            thread.setDaemon(true);
            thread.start();
            try {
                return task.get(options.timeout().toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                task.cancel(true);
                throw new PluginCallException(PluginCallException.Kind.TIMED_OUT, pluginId, point.getSimpleName(), method,
                        tenant.value(), "no answer within " + options.timeout().toMillis() + " ms", null);
            } catch (java.util.concurrent.ExecutionException e) {
                throw (PluginCallException) e.getCause();
            } catch (InterruptedException e) {
                task.cancel(true);
                Thread.currentThread().interrupt();
                throw new PluginCallException(PluginCallException.Kind.TIMED_OUT, pluginId, point.getSimpleName(), method,
                        tenant.value(), "interrupted", e);
            }
        }

        @Override
        public <R> R call(String method, PluginCall<T, R> call) {
            return call(method, CallOptions.onCallerThread(java.time.Duration.ofSeconds(5)), call);
        }
    }
}
