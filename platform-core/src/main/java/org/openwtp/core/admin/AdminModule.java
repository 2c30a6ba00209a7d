package org.openwtp.core.admin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.openwtp.core.admin.internal.AdminPluginResource;
import org.openwtp.core.admin.internal.AdminTenantResource;
import org.openwtp.core.admin.internal.Unavailable;
import org.openwtp.core.http.ApiResource;

/**
 * Host administration: the {@code /admin} endpoints over the seams the tenant, storage and plugin
 * features implement. Each seam has a default that answers 501 until its feature binds it.
 */
public final class AdminModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), TenantAdministration.class).setDefault().to(Unavailable.Tenants.class);
        OptionalBinder.newOptionalBinder(binder(), PluginAdministration.class).setDefault().to(Unavailable.Plugins.class);
        OptionalBinder.newOptionalBinder(binder(), StorageAdministration.class).setDefault().to(Unavailable.Storage.class);
        OptionalBinder.newOptionalBinder(binder(), SampleTenantInstaller.class).setDefault().to(Unavailable.SampleTenant.class);
        Multibinder<ApiResource> resources = Multibinder.newSetBinder(binder(), ApiResource.class);
        resources.addBinding().to(AdminTenantResource.class);
        resources.addBinding().to(AdminPluginResource.class);
    }
}
