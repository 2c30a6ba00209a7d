package org.openwtp.core.commerce.catalog;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of sellers and the catalog.
 *
 * @param pluginCallTimeout deadline of a seller verification or a listing check (both may reach a
 *                          national registry over the network)
 */
public record CatalogSettings(Duration pluginCallTimeout) {

    /** Validates the settings. */
    public CatalogSettings {
        Objects.requireNonNull(pluginCallTimeout, "pluginCallTimeout must not be null");
        if (pluginCallTimeout.isNegative() || pluginCallTimeout.isZero()) {
            throw new IllegalArgumentException("pluginCallTimeout must be positive, was " + pluginCallTimeout);
        }
    }

    /** @return a 5 s plugin call deadline */
    public static CatalogSettings defaults() {
        return new CatalogSettings(Duration.ofSeconds(5));
    }
}
