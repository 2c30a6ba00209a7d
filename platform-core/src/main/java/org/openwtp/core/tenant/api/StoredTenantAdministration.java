package org.openwtp.core.tenant.api;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openwtp.core.admin.IssuedApiKeyView;
import org.openwtp.core.admin.NewApiKey;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.admin.TenantView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.tenant.ApiKeyService;
import org.openwtp.core.tenant.Tenant;
import org.openwtp.core.tenant.TenantService;
import org.openwtp.sdk.context.TenantId;

/** Host administration of tenants over the stored {@link TenantService}. Thread-safe. */
final class StoredTenantAdministration implements TenantAdministration {

    private final TenantService tenants;
    private final ApiKeyService keys;
    private final java.time.Clock clock;

    @Inject
    StoredTenantAdministration(TenantService tenants, ApiKeyService keys, java.time.Clock clock) {
        this.tenants = tenants;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public TenantView create(String slug, String name) {
        return view(TenantErrors.call(() -> tenants.create(slug, name)));
    }

    @Override
    public List<TenantView> list() {
        return TenantErrors.call(tenants::list).stream().map(StoredTenantAdministration::view).toList();
    }

    @Override
    public Optional<TenantView> find(String slug) {
        return TenantErrors.call(() -> tenants.find(id(slug))).map(StoredTenantAdministration::view);
    }

    @Override
    public TenantView suspend(String slug) {
        return view(TenantErrors.call(() -> tenants.suspend(id(slug))));
    }

    @Override
    public TenantView resume(String slug) {
        return view(TenantErrors.call(() -> tenants.resume(id(slug))));
    }

    @Override
    public void delete(String slug) {
        TenantErrors.run(() -> tenants.delete(id(slug)));
    }

    @Override
    public IssuedApiKeyView issueApiKey(String slug, NewApiKey request) {
        return ApiKeyViews.issue(keys, clock, id(slug), request);
    }

    private static TenantId id(String slug) {
        try {
            return TenantId.of(slug);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound("tenant", String.valueOf(slug));
        }
    }

    static TenantView view(Tenant t) {
        return new TenantView(t.id().value(), t.displayName(), t.status().name().toLowerCase(Locale.ROOT), t.createdAt());
    }
}
