package org.openwtp.core.tenant.api;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Authenticator;

/**
 * The tenant feature on the HTTP API: tenant API keys authenticate requests, the host admin's tenant
 * administration runs on the stored tenants, and a tenant admin manages the tenant's plugins
 * ({@code /v1/plugins}) and keys ({@code /v1/api-keys}). Needs {@link org.openwtp.core.tenant.TenantModule}
 * and the plugin runtime.
 */
public final class TenantApiModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().to(ApiKeyAuthenticator.class);
        OptionalBinder.newOptionalBinder(binder(), TenantAdministration.class).setBinding().to(StoredTenantAdministration.class);
        Multibinder<ApiResource> resources = Multibinder.newSetBinder(binder(), ApiResource.class);
        resources.addBinding().to(TenantPluginResource.class);
        resources.addBinding().to(ApiKeyResource.class);
    }
}
