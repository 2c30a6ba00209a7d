package org.openwtp.core.tenant.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.core.admin.ApiKeyView;
import org.openwtp.core.admin.IssuedApiKeyView;
import org.openwtp.core.admin.NewApiKey;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.http.Role;
import org.openwtp.core.tenant.ApiKey;
import org.openwtp.core.tenant.ApiKeyRole;
import org.openwtp.core.tenant.ApiKeyService;
import org.openwtp.core.tenant.IssuedApiKey;
import org.openwtp.sdk.context.TenantId;

/** Issuing keys and showing them, shared by the host admin and tenant admin endpoints. Thread-safe. */
final class ApiKeyViews {

    private ApiKeyViews() {
    }

    static IssuedApiKeyView issue(ApiKeyService keys, Clock clock, TenantId tenant, NewApiKey request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.role() == null) {
            errors.add(FieldError.required("role", "role is required: TENANT_ADMIN, SELLER or STOREFRONT"));
        } else if (request.role() == Role.HOST_ADMIN) {
            errors.add(FieldError.invalid("role", "role must be TENANT_ADMIN, SELLER or STOREFRONT"));
        }
        if (request.name() == null || request.name().isBlank()) {
            errors.add(FieldError.required("name", "name is required: a label saying who uses the key, up to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        IssuedApiKey issued = TenantErrors.call(() -> keys.issue(tenant, ApiKeyRole.valueOf(request.role().name()),
                request.name(), request.expiresAt()));
        return new IssuedApiKeyView(view(issued.key(), clock), issued.rawKey());
    }

    static ApiKeyView view(ApiKey key, Clock clock) {
        String status = key.revokedAt().isPresent() ? "revoked" : key.isUsableAt(clock.instant()) ? "active" : "expired";
        return new ApiKeyView(key.keyId(), key.tenant().value(), Role.valueOf(key.role().name()), key.label(), status,
                key.createdAt(), key.expiresAt(), key.revokedAt());
    }
}
