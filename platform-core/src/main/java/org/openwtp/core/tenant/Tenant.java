package org.openwtp.core.tenant;

import java.time.Instant;
import java.util.Objects;
import org.openwtp.sdk.context.TenantId;

/**
 * A tenant: a marketplace or trade hub with its own plugins, configuration, data and keys.
 *
 * @param id          the slug
 * @param displayName a human name, 1 to 200 characters
 * @param status      active or suspended
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 */
public record Tenant(TenantId id, String displayName, TenantStatus status, Instant createdAt, Instant updatedAt) {

    /** Validates the tenant. */
    public Tenant {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    /**
     * Whether its keys work.
     *
     * @return true when active
     */
    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
