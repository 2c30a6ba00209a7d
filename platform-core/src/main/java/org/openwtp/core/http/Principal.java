package org.openwtp.core.http;

import java.util.Objects;
import org.openwtp.sdk.context.TenantId;

/**
 * The authenticated caller of a request. Immutable.
 *
 * @param tenant  the tenant the credential belongs to; null only for {@link Role#HOST_ADMIN}
 * @param role    what the credential may do
 * @param subject an identifier of the credential for logs and audit (an API key id, never the key)
 */
public record Principal(TenantId tenant, Role role, String subject) {

    /** Validates that tenant credentials carry a tenant and the host admin none. */
    public Principal {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        if ((role == Role.HOST_ADMIN) != (tenant == null)) {
            throw new IllegalArgumentException("a principal has a tenant unless it is the host admin, got role "
                    + role + " with tenant " + tenant);
        }
    }

    /** @return the host operator */
    public static Principal hostAdmin() {
        return new Principal(null, Role.HOST_ADMIN, "host-admin");
    }

    /**
     * A tenant credential.
     *
     * @param tenant  the tenant
     * @param role    the role, not {@link Role#HOST_ADMIN}
     * @param subject the key id
     * @return the principal
     */
    public static Principal of(TenantId tenant, Role role, String subject) {
        return new Principal(Objects.requireNonNull(tenant, "tenant must not be null"), role, subject);
    }
}
