package org.openwtp.sdk.context;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tenant a call is made for: its slug, lower-case letters, digits and dashes.
 *
 * @param value e.g. {@code silk-road-hub}
 */
public record TenantId(String value) {

    private static final Pattern VALUE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /**
     * Validates the slug.
     *
     * @param value e.g. {@code silk-road-hub}
     */
    public TenantId {
        Objects.requireNonNull(value, "tenant id must not be null");
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("tenant id '" + value + "' is not accepted: use 1 to 63 lower-case letters, digits and dashes, not starting or ending with a dash");
        }
    }

    /**
     * Parses a tenant slug.
     *
     * @param value the slug
     * @return the tenant id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
