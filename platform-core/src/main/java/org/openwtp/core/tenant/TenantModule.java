package org.openwtp.core.tenant;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import java.util.Objects;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.core.tenant.internal.StoredTenantPluginDirectory;

/**
 * Guice bindings of the tenant feature: {@link TenantService}, {@link ApiKeyService},
 * {@link TenantPluginService}, the database-backed {@link TenantPluginDirectory}, and the host's
 * {@link MasterKeyRing} and {@link HostAdminCredential}. Needs {@code StoreModule} (storage, clock) and a
 * binding of {@link org.openwtp.core.plugin.PluginConfigSchemas} from the plugin runtime.
 */
public final class TenantModule extends AbstractModule {

    private final MasterKeyRing masterKeys;
    private final HostAdminCredential hostAdmin;

    /**
     * The module.
     *
     * @param masterKeys the host master keys ({@link MasterKeyRing#fromSettings})
     * @param hostAdmin  the host admin credential ({@link HostAdminCredential#fromSettings})
     */
    public TenantModule(MasterKeyRing masterKeys, HostAdminCredential hostAdmin) {
        this.masterKeys = Objects.requireNonNull(masterKeys, "masterKeys must not be null");
        this.hostAdmin = Objects.requireNonNull(hostAdmin, "hostAdmin must not be null");
    }

    @Override
    protected void configure() {
        bind(MasterKeyRing.class).toInstance(masterKeys);
        bind(HostAdminCredential.class).toInstance(hostAdmin);
        bind(TenantService.class).in(Singleton.class);
        bind(ApiKeyService.class).in(Singleton.class);
        bind(TenantPluginService.class).in(Singleton.class);
        bind(TenantPluginDirectory.class).to(StoredTenantPluginDirectory.class).in(Singleton.class);
    }
}
