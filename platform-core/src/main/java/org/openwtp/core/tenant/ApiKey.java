package org.openwtp.core.tenant;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.context.TenantId;

/**
 * What is known about an API key after it was issued: never its secret (only a hash is stored).
 *
 * @param keyId     the public, tenant-agnostic id (also the middle part of the key itself)
 * @param tenant    the tenant it belongs to
 * @param role      what it may do
 * @param label     a human label, e.g. {@code storefront prod}
 * @param createdAt when it was issued
 * @param expiresAt when it stops working by itself, or empty
 * @param revokedAt when it was revoked, or empty
 */
public record ApiKey(String keyId, TenantId tenant, ApiKeyRole role, String label, Instant createdAt,
                     Optional<Instant> expiresAt, Optional<Instant> revokedAt) {

    /** Validates the key. */
    public ApiKey {
        Objects.requireNonNull(keyId, "keyId must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
        Objects.requireNonNull(revokedAt, "revokedAt must not be null (use Optional.empty())");
    }

    /**
     * Whether the key would be accepted at an instant, ignoring the tenant's status.
     *
     * @param now the instant
     * @return false once revoked or expired
     */
    public boolean isUsableAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
}
