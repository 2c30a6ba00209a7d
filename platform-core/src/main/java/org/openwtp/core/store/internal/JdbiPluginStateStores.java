package org.openwtp.core.store.internal;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;

/** Hands out {@link JdbiKeyValueStore}s over the core's storage. Thread-safe; stores are cheap to create. */
public final class JdbiPluginStateStores implements PluginStateStores {

    private final Storage storage;
    private final Clock clock;

    /**
     * Stores over a storage.
     *
     * @param storage the core's storage
     * @param clock   the time recorded with each write
     */
    @Inject
    public JdbiPluginStateStores(Storage storage, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public KeyValueStore storeFor(TenantId tenant, String pluginId) {
        return new JdbiKeyValueStore(storage, clock, tenant, pluginId);
    }
}
