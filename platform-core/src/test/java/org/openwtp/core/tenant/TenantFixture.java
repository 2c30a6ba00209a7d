package org.openwtp.core.tenant;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.TestDatabase;
import org.openwtp.core.tenant.internal.StoredTenantPluginDirectory;
import org.openwtp.core.store.internal.JdbiPluginStateStores;

/** The tenant feature wired by hand over a fresh database, with a movable clock and fake plugin schemas. */
final class TenantFixture implements AutoCloseable {

    final TestDatabase db;
    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    final FakePluginConfigSchemas schemas = new FakePluginConfigSchemas();
    final String masterKey = MasterKeyRing.generateKey();
    final MasterKeyRing keys;
    final TenantService tenants;
    final ApiKeyService apiKeys;
    final TenantPluginService plugins;
    final TenantPluginDirectory directory;
    final PluginStateStores stateStores;

    TenantFixture(Backend backend, Path tempDir) {
        this.db = TestDatabase.open(backend, tempDir);
        this.keys = MasterKeyRing.of(masterKey, List.of());
        Storage storage = db.storage();
        tenants = new TenantService(storage, clock);
        apiKeys = new ApiKeyService(storage, clock);
        plugins = new TenantPluginService(storage, clock, schemas, keys);
        directory = new StoredTenantPluginDirectory(storage, schemas, keys);
        stateStores = new JdbiPluginStateStores(storage, clock);
    }

    /**
     * The same database seen through another master key ring (as after a rotation).
     */
    TenantPluginService pluginsWith(MasterKeyRing ring) {
        return new TenantPluginService(db.storage(), clock, schemas, ring);
    }

    TenantPluginDirectory directoryWith(MasterKeyRing ring) {
        return new StoredTenantPluginDirectory(db.storage(), schemas, ring);
    }

    @Override
    public void close() {
        db.close();
    }
}
