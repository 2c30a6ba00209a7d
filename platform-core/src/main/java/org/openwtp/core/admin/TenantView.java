package org.openwtp.core.admin;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant as host administration shows it. Immutable.
 *
 * @param slug      the tenant id
 * @param name      display name
 * @param status    {@code active} or {@code suspended}
 * @param createdAt when it was created
 */
public record TenantView(String slug, String name, String status, Instant createdAt) {

    /** Validates the view. */
    public TenantView {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
