package org.openwtp.core.commerce.catalog;

import jakarta.inject.Inject;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * never hides the others. Every lookup reflects the tenant's current plugins. Profiles take no context (the
 * SDK's pavilions are stateless), so the profiles read for one lookup of the tenant's plugins are reused
 * while {@link PluginExtensions#forTenant} answers with that very lookup; a lookup in which a profile could
 * not be read is not reused. Thread-safe.
 */
public final class PavilionDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PavilionDirectory.class);
    private static final CallOptions PROFILE_CALL = CallOptions.onCallerThread(Duration.ofSeconds(1));

    /** Most tenants whose pavilions are kept; beyond, all are dropped (reached only by very many tenants). */
    static final int MAX_TENANTS = 10_000;

    private final PluginExtensions extensions;
    private final Map<TenantId, Profiled> profiled = new ConcurrentHashMap<>();

    /**
     * The profiles read for one lookup of a tenant's pavilion plugins, in its order. The lookup is held weakly and
     * the profiles are plain values, so nothing here keeps a stopped plugin's classes in memory.
     */
    private record Profiled(WeakReference<List<TenantExtension<CountryPavilion>>> lookup, List<Pavilion> profiles) {
        boolean isFor(List<TenantExtension<CountryPavilion>> current) {
            return lookup.get() == current;
        }
    }

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
        List<TenantExtension<CountryPavilion>> lookup = extensions.forTenant(tenant, CountryPavilion.class);
        Profiled kept = profiled.get(tenant);
        if (kept != null && kept.isFor(lookup)) {
            List<EnabledPavilion> pavilions = new ArrayList<>(lookup.size());
            for (int i = 0; i < lookup.size(); i++) {
                pavilions.add(new EnabledPavilion(kept.profiles().get(i), lookup.get(i)));
            }
            return List.copyOf(pavilions);
        }
        List<EnabledPavilion> out = new ArrayList<>();
        for (TenantExtension<CountryPavilion> ext : lookup) {
            profile(ext).ifPresent(out::add);
        }
        List<EnabledPavilion> pavilions = List.copyOf(out);
        if (pavilions.size() == lookup.size()) {
            if (profiled.size() >= MAX_TENANTS) {
                profiled.clear();
            }
            profiled.put(tenant, new Profiled(new WeakReference<>(lookup), pavilions.stream().map(EnabledPavilion::pavilion).toList()));
        } else {
            profiled.remove(tenant);
        }
        return pavilions;
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
