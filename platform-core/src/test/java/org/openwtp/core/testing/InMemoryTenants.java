package org.openwtp.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.admin.TenantView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;

/** Tenant administration in memory. Thread-safe. */
public final class InMemoryTenants implements TenantAdministration {

    private final ConcurrentSkipListMap<String, TenantView> tenants = new ConcurrentSkipListMap<>();

    @Override
    public TenantView create(String slug, String name) {
        TenantView t = new TenantView(slug, name, "active", Instant.parse("2025-01-01T00:00:00Z"));
        if (tenants.putIfAbsent(slug, t) != null) {
            throw new ApiException(ErrorCode.of("tenant_slug_taken", "Tenant slug taken", 409), "slug '" + slug + "' is taken");
        }
        return t;
    }

    @Override
    public List<TenantView> list() {
        return List.copyOf(tenants.values());
    }

    @Override
    public Optional<TenantView> find(String slug) {
        return Optional.ofNullable(tenants.get(slug));
    }

    @Override
    public TenantView suspend(String slug) {
        return setStatus(slug, "suspended");
    }

    @Override
    public TenantView resume(String slug) {
        return setStatus(slug, "active");
    }

    @Override
    public void delete(String slug) {
        if (tenants.remove(slug) == null) {
            throw ApiException.notFound("tenant", slug);
        }
    }

    @Override
    public org.openwtp.core.admin.IssuedApiKeyView issueApiKey(String slug, org.openwtp.core.admin.NewApiKey request) {
        find(slug).orElseThrow(() -> ApiException.notFound("tenant", slug));
        throw new ApiException(ErrorCode.NOT_IMPLEMENTED, "the in-memory tenants issue no keys");
    }

    private TenantView setStatus(String slug, String status) {
        TenantView t = find(slug).orElseThrow(() -> ApiException.notFound("tenant", slug));
        TenantView changed = new TenantView(t.slug(), t.name(), status, t.createdAt());
        tenants.put(slug, changed);
        return changed;
    }
}
