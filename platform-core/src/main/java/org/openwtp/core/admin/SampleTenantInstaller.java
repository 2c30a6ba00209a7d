package org.openwtp.core.admin;

/**
 * Installs the sample tenant (fixture and seed data) into a running server, for {@code serve
 * --sample-tenant}. Bound by the sample tenant's module with
 * {@code OptionalBinder.newOptionalBinder(binder(), SampleTenantInstaller.class).setBinding().to(...)};
 * must be idempotent (a second start leaves one sample tenant).
 */
public interface SampleTenantInstaller {

    /**
     * @param baseUri the running server's base URI, for the example requests printed
     * @return lines to print for the developer (tenant slug, API keys created, ...)
     */
    java.util.List<String> install(java.net.URI baseUri);
}
