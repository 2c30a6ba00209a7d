package org.openwtp.core.commerce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openwtp.core.plugin.CallOptions;
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
 * Plugin extensions registered by hand, called like the runtime calls them: executor calls are cut off at
 * their deadline (TIMED_OUT), whatever the plugin throws becomes FAILED. Thread-safe.
 */
public final class FakeExtensions implements PluginExtensions {

    private record Key(TenantId tenant, Class<?> point, String pluginId) {
    }

    private final Map<Key, Object> registered = new ConcurrentHashMap<>();
    private final List<Key> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Clock clock;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-plugin-call");
        t.setDaemon(true);
        return t;
    });

    public FakeExtensions(Clock clock) {
        this.clock = clock;
    }

    public <T extends ExtensionPoint> FakeExtensions register(TenantId tenant, Class<T> point, String pluginId, T extension) {
        Key key = new Key(tenant, point, pluginId);
        if (registered.put(key, extension) == null) {
            order.add(key);
        }
        return this;
    }

    public void unregister(TenantId tenant, Class<?> point, String pluginId) {
        Key key = new Key(tenant, point, pluginId);
        registered.remove(key);
        order.remove(key);
    }

    @Override
    public <T extends ExtensionPoint> List<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point) {
        List<TenantExtension<T>> out = new ArrayList<>();
        for (Key k : order) {
            if (k.tenant().equals(tenant) && k.point().equals(point)) {
                forTenant(tenant, point, k.pluginId()).ifPresent(out::add);
            }
        }
        return out;
    }

    @Override
    public <T extends ExtensionPoint> Optional<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point, String pluginId) {
        Object ext = registered.get(new Key(tenant, point, pluginId));
        return ext == null ? Optional.empty() : Optional.of(new Bound<>(tenant, point, pluginId, point.cast(ext)));
    }

    private final class Bound<T> implements TenantExtension<T> {
        private final TenantId tenant;
        private final Class<T> point;
        private final String pluginId;
        private final T extension;

        Bound(TenantId tenant, Class<T> point, String pluginId, T extension) {
            this.tenant = tenant;
            this.point = point;
            this.pluginId = pluginId;
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
                    throw new UnsupportedOperationException("no store in the fake");
                }
            };
        }

        @Override
        public <R> R call(String method, CallOptions options, PluginCall<T, R> call) {
            PluginContext ctx = context(options);
            if (options.path() == CallOptions.CallPath.CALLER_THREAD) {
                try {
                    return call.apply(extension, ctx);
                } catch (RuntimeException e) {
                    throw failure(PluginCallException.Kind.FAILED, method, e);
                }
            }
            Future<R> f = executor.submit(() -> call.apply(extension, ctx));
            try {
                return f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw failure(PluginCallException.Kind.TIMED_OUT, method, null);
            } catch (ExecutionException e) {
                throw failure(PluginCallException.Kind.FAILED, method, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(PluginCallException.Kind.INTERRUPTED, method, e);
            }
        }

        @Override
        public <R> R call(String method, PluginCall<T, R> call) {
            return call(method, CallOptions.onCallerThread(Duration.ofSeconds(5)), call);
        }

        private PluginCallException failure(PluginCallException.Kind kind, String method, Throwable cause) {
            return new PluginCallException(kind, pluginId, point.getSimpleName(), method, tenant.value(),
                    cause == null ? "deadline passed" : String.valueOf(cause.getMessage()), cause);
        }
    }
}
