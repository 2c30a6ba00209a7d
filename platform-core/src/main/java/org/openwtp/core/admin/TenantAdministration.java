package org.openwtp.core.admin;

import java.util.List;
import java.util.Optional;

/**
 * Host administration of tenants, used by the {@code /admin/tenants} endpoints and the
 * {@code openwtp tenants} commands. The tenant feature binds its implementation with
 * {@code OptionalBinder.newOptionalBinder(binder(), TenantAdministration.class).setBinding().to(...)};
 * until then every call answers 501. Failures a caller can fix are {@link org.openwtp.core.http.ApiException}s
 * (unknown tenant: {@code ApiException.notFound("tenant", slug)}; taken slug: 409). Thread-safe.
 */
public interface TenantAdministration {

    /**
     * @param slug lower-case letters, digits and dashes
     * @param name display name
     * @return the new, active tenant
     */
    TenantView create(String slug, String name);

    /** @return every tenant, ordered by slug */
    List<TenantView> list();

    /** @param slug the tenant; @return the tenant, empty when unknown */
    Optional<TenantView> find(String slug);

    /** @param slug the tenant; @return the suspended tenant (its keys stop working at once) */
    TenantView suspend(String slug);

    /** @param slug the tenant; @return the active tenant */
    TenantView resume(String slug);

    /** @param slug the tenant to delete with its data and keys */
    void delete(String slug);

    /**
     * Issues an API key of a tenant, typically its first {@code TENANT_ADMIN} key.
     *
     * @param slug    the tenant
     * @param request role, name and optional expiry
     * @return the key, with its secret shown this once
     */
    IssuedApiKeyView issueApiKey(String slug, NewApiKey request);
}
