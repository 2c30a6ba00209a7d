package org.openwtp.core.commerce.catalog;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pavilions of a tenant: its enabled {@link CountryPavilion} plugins, each with its profile. A plugin
 * whose profile cannot be read (it throws or is stopped) is left out and logged, so one broken pavilion
 * never hides the others. Stateless and thread-safe; every lookup reflects the tenant's current plugins.
 */
public final class PavilionDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PavilionDirectory.class);
    private static final CallOptions PROFILE_CALL = CallOptions.onCallerThread(Duration.ofSeconds(1));

    private final PluginExtensions extensions;

    /**
     * Creates the directory.
     *
     * @param extensions the tenant-aware plugin lookup
     */
    @Inject
    public PavilionDirectory(PluginExtensions extensions) {
        this.extensions = extensions;
    }

    /**
     * Every pavilion of a tenant, in the order the tenant enabled them.
     *
     * @param tenant the tenant
     * @return the pavilions with their handles
     */
    public List<EnabledPavilion> list(TenantId tenant) {
        List<EnabledPavilion> out = new ArrayList<>();
        for (TenantExtension<CountryPavilion> ext : extensions.forTenant(tenant, CountryPavilion.class)) {
            profile(ext).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * One pavilion of a tenant.
     *
     * @param tenant   the tenant
     * @param pluginId the pavilion's plugin id
     * @return the pavilion, or empty if the tenant has not enabled it (or it is not running)
     */
    public Optional<EnabledPavilion> find(TenantId tenant, String pluginId) {
        if (pluginId == null) {
            return Optional.empty();
        }
        return extensions.forTenant(tenant, CountryPavilion.class, pluginId).flatMap(PavilionDirectory::profile);
    }

    /**
     * The pavilion of a country: the first enabled pavilion whose profile names it.
     *
     * @param tenant  the tenant
     * @param country the country, e.g. the buyer's
     * @return the pavilion, or empty when the tenant has none for that country
     */
    public Optional<EnabledPavilion> forCountry(TenantId tenant, CountryCode country) {
        return list(tenant).stream().filter(p -> p.pavilion().country().equals(country)).findFirst();
    }

    private static Optional<EnabledPavilion> profile(TenantExtension<CountryPavilion> ext) {
        try {
            return Optional.of(new EnabledPavilion(Pavilion.of(ext.pluginId(), ext.call("profile", PROFILE_CALL,
                    (pavilion, context) -> pavilion.profile())), ext));
        } catch (PluginCallException | IllegalArgumentException | NullPointerException e) {
            LOG.warn("pavilion plugin '{}' left out for tenant {}: its profile is unreadable: {}", ext.pluginId(),
                    ext.tenant(), e.getMessage());
            return Optional.empty();
        }
    }
}
