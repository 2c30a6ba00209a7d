package org.openwtp.core.admin;

import java.time.Instant;
import java.util.Optional;
import org.openwtp.core.http.Role;

/**
 * A request for an API key of a tenant. Immutable.
 *
 * @param role      {@code TENANT_ADMIN}, {@code SELLER} or {@code STOREFRONT}
 * @param name      a label saying who uses the key, e.g. {@code storefront prod}
 * @param expiresAt when the key stops working by itself; absent for never
 */
public record NewApiKey(Role role, String name, Optional<Instant> expiresAt) {

    /** Normalises the optional expiry. */
    public NewApiKey {
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }
}
