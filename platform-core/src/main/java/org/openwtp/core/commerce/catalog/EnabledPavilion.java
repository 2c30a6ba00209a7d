package org.openwtp.core.commerce.catalog;

import java.util.Objects;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.pavilion.CountryPavilion;

/**
 * A pavilion together with the guarded handle to call it for one tenant. Use it for the request at hand
 * and drop it (see {@link TenantExtension}).
 *
 * @param pavilion  the pavilion
 * @param extension the plugin's extension, bound to the tenant
 */
public record EnabledPavilion(Pavilion pavilion, TenantExtension<CountryPavilion> extension) {

    /** Validates. */
    public EnabledPavilion {
        Objects.requireNonNull(pavilion, "pavilion must not be null");
        Objects.requireNonNull(extension, "extension must not be null");
    }
}
