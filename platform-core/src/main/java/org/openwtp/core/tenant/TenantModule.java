package org.openwtp.core.tenant;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import java.time.Duration;
import java.util.Objects;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.core.tenant.internal.ApiKeyCache;
import org.openwtp.core.tenant.internal.StoredTenantPluginDirectory;
import org.openwtp.core.tenant.internal.TenantPluginCache;

/**
 * Guice bindings of the tenant feature: {@link TenantService}, {@link ApiKeyService},
 * {@link TenantPluginService}, the database-backed {@link TenantPluginDirectory} with its cache, and the host's
 * {@link MasterKeyRing} and {@link HostAdminCredential}. Needs {@code StoreModule} (storage, clock) and a
 * binding of {@link org.openwtp.core.plugin.PluginConfigSchemas} from the plugin runtime.
 */
public final class TenantModule extends AbstractModule {

    private final MasterKeyRing masterKeys;
    private final java.util.Optional<HostAdminCredential> hostAdmin;
    private final Duration pluginCacheTtl;

    /**
     * The module.
     *
     * @param masterKeys the host master keys ({@link MasterKeyRing#fromSettings})
     * @param hostAdmin  the host admin credential ({@link HostAdminCredential#fromSettings})
     */
    public TenantModule(MasterKeyRing masterKeys, HostAdminCredential hostAdmin) {
        this(masterKeys, java.util.Optional.of(Objects.requireNonNull(hostAdmin, "hostAdmin must not be null")));
    }

    /**
     * The module, with the host admin credential only when one is configured (commands of the CLI run
     * in-process as the host operator and need none).
     *
     * @param masterKeys the host master keys
     * @param hostAdmin  the host admin credential, if configured
     */
    public TenantModule(MasterKeyRing masterKeys, java.util.Optional<HostAdminCredential> hostAdmin) {
        this(masterKeys, hostAdmin, TenantPluginCache.DEFAULT_TTL);
    }

    /**
     * The module.
     *
     * @param masterKeys     the host master keys
     * @param hostAdmin      the host admin credential, if configured
     * @param pluginCacheTtl how long a tenant's enabled plugins are reused ({@code plugins.tenantCacheTtl})
     */
    public TenantModule(MasterKeyRing masterKeys, java.util.Optional<HostAdminCredential> hostAdmin, Duration pluginCacheTtl) {
        this.masterKeys = Objects.requireNonNull(masterKeys, "masterKeys must not be null");
        this.hostAdmin = Objects.requireNonNull(hostAdmin, "hostAdmin must not be null");
        this.pluginCacheTtl = Objects.requireNonNull(pluginCacheTtl, "pluginCacheTtl must not be null");
    }

    /**
     * The module for a server configuration: {@code security.masterKey} (required) with
     * {@code security.previousMasterKeys}, and {@code security.hostAdminToken} if set.
     *
     * @param config the server configuration
     * @return the module
     * @throws org.openwtp.core.config.ConfigException when no master key is configured
     */
    public static TenantModule forServer(org.openwtp.core.config.ServerConfig config) {
        var security = config.security();
        if (security.masterKey().isEmpty()) {
            throw new org.openwtp.core.config.ConfigException(java.util.List.of("security.masterKey is required (env "
                    + "OPENWTP_SECURITY_MASTER_KEY): it encrypts tenants' plugin secrets; accepted is base64 of 32 random "
                    + "bytes, e.g. from `openssl rand -base64 32`"));
        }
        MasterKeyRing ring = MasterKeyRing.of(security.masterKey().get().reveal(),
                security.previousMasterKeys().stream().map(org.openwtp.core.config.Secret::reveal).toList());
        return new TenantModule(ring, security.hostAdminToken().map(t -> HostAdminCredential.of(t.reveal())),
                config.plugins().tenantCacheTtl());
    }

    @Override
    protected void configure() {
        bind(MasterKeyRing.class).toInstance(masterKeys);
        hostAdmin.ifPresent(credential -> bind(HostAdminCredential.class).toInstance(credential));
        bind(ApiKeyCache.class).toInstance(ApiKeyCache.withDefaults());
        bind(TenantPluginCache.class).toInstance(TenantPluginCache.withTtl(pluginCacheTtl));
        bind(TenantService.class).in(Singleton.class);
        bind(ApiKeyService.class).in(Singleton.class);
        bind(TenantPluginService.class).in(Singleton.class);
        bind(TenantPluginDirectory.class).to(StoredTenantPluginDirectory.class).in(Singleton.class);
    }
}
