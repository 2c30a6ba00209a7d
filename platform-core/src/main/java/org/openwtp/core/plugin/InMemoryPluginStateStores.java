package org.openwtp.core.plugin;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openwtp.core.plugin.internal.InMemoryKeyValueStore;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;

/**
 * {@link PluginStateStores} kept in memory, for tests and the sample tenant; state is lost on restart.
 * Thread-safe.
 */
public final class InMemoryPluginStateStores implements PluginStateStores {

    private final ConcurrentMap<Scope, KeyValueStore> stores = new ConcurrentHashMap<>();

    /** Creates empty stores. */
    public InMemoryPluginStateStores() {
    }

    @Override
    public KeyValueStore storeFor(TenantId tenant, String pluginId) {
        return stores.computeIfAbsent(new Scope(tenant, pluginId), s -> new InMemoryKeyValueStore());
    }

    private record Scope(TenantId tenant, String pluginId) {
    }
}
