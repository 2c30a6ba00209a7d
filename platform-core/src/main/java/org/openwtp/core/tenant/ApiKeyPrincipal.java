package org.openwtp.core.tenant;

import java.util.Objects;
import org.openwtp.sdk.context.TenantId;

/**
 * Who a request authenticated with an API key acts as.
 *
 * @param tenant the key's tenant; every call of the request is scoped to it
 * @param role   what the key may do
 * @param keyId  the key's public id, for audit logs
 */
public record ApiKeyPrincipal(TenantId tenant, ApiKeyRole role, String keyId) {

    /** Validates the principal. */
    public ApiKeyPrincipal {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(keyId, "keyId must not be null");
    }
}
