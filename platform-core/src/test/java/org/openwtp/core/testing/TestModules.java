package org.openwtp.core.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Authenticator;

/** Wires the fakes into a test server. */
public final class TestModules {

    private TestModules() {
    }

    /**
     * @param resource the test resource instance
     * @param tenants  the tenant fake
     * @return a module binding them and the fake authenticator
     */
    public static Module fakes(TestResource resource, InMemoryTenants tenants) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().to(FakeAuthenticator.class);
                OptionalBinder.newOptionalBinder(binder(), TenantAdministration.class).setBinding().toInstance(tenants);
                OptionalBinder.newOptionalBinder(binder(), PluginAdministration.class).setBinding().to(NoPlugins.class);
                Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().toInstance(resource);
            }
        };
    }
}
