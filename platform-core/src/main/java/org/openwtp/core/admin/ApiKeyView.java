package org.openwtp.core.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.http.Role;

/**
 * An API key as the API shows it: never its secret. Immutable.
 *
 * @param id        the key's public id (also part of the key itself)
 * @param tenant    the tenant it belongs to
 * @param role      what it may do
 * @param name      its label
 * @param status    {@code active}, {@code expired} or {@code revoked}
 * @param createdAt when it was issued
 * @param expiresAt when it stops working by itself, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record ApiKeyView(String id, String tenant, Role role, String name, String status, Instant createdAt,
                         Optional<Instant> expiresAt, Optional<Instant> revokedAt) {

    /** Validates the view. */
    public ApiKeyView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
        revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
    }
}
