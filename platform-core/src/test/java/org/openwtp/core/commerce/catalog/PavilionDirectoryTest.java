package org.openwtp.core.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openwtp.core.commerce.testing.FakeExtensions;
import org.openwtp.core.commerce.testing.FakePavilion;
import org.openwtp.core.commerce.testing.TestClock;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.PavilionProfile;
import org.pf4j.ExtensionPoint;

/**
 * A quote looks up the buyer's pavilion every time; the profiles are read once per lookup of the tenant's
 * plugins (the runtime reuses a lookup until the tenant's plugins or the started plugins change), and a
 * pavilion whose profile could not be read is asked again next time rather than left out for good.
 */
class PavilionDirectoryTest {

    private static final TenantId TENANT = TenantId.of("silk-road");

    private final FakeExtensions plugins = new FakeExtensions(new TestClock(Instant.parse("2026-11-29T12:00:00Z")));
    private final HeldLookup lookup = new HeldLookup();
    private final PavilionDirectory directory = new PavilionDirectory(lookup);

    @Test
    void profilesAreReadOncePerLookupOfTheTenantsPlugins() {
        CountingPavilion ru = new CountingPavilion("RU", "RUB");
        CountingPavilion cn = new CountingPavilion("CN", "CNY");
        plugins.enable(TENANT, "pavilion-ru", ru).enable(TENANT, "pavilion-cn", cn);
        lookup.refresh();

        for (int i = 0; i < 3; i++) {
            assertThat(directory.forCountry(TENANT, CountryCode.of("CN"))).map(p -> p.pavilion().id()).contains("pavilion-cn");
        }
        assertThat(directory.list(TENANT)).extracting(p -> p.pavilion().id()).containsExactly("pavilion-ru", "pavilion-cn");
        assertThat(directory.list(TENANT)).extracting(EnabledPavilion::extension).containsExactlyElementsOf(lookup.current);
        assertThat(ru.profiles.get()).isEqualTo(1);
        assertThat(cn.profiles.get()).isEqualTo(1);

        lookup.refresh(); // e.g. the tenant changed a setting: new handles, profiles read again
        assertThat(directory.list(TENANT)).extracting(EnabledPavilion::extension).containsExactlyElementsOf(lookup.current);
        assertThat(ru.profiles.get()).isEqualTo(2);

        plugins.disable(TENANT, "pavilion-cn");
        lookup.refresh();
        assertThat(directory.forCountry(TENANT, CountryCode.of("CN"))).isEmpty();
    }

    @Test
    void aPavilionWhoseProfileCouldNotBeReadIsLeftOutAndAskedAgainAtTheNextLookup() {
        CountingPavilion ru = new CountingPavilion("RU", "RUB");
        CountingPavilion cn = new CountingPavilion("CN", "CNY");
        cn.failuresLeft.set(1);
        plugins.enable(TENANT, "pavilion-ru", ru).enable(TENANT, "pavilion-cn", cn);
        lookup.refresh();

        assertThat(directory.list(TENANT)).extracting(p -> p.pavilion().id()).containsExactly("pavilion-ru");
        assertThat(directory.list(TENANT)).extracting(p -> p.pavilion().id()).containsExactly("pavilion-ru", "pavilion-cn");
        assertThat(directory.list(TENANT)).hasSize(2);
        assertThat(cn.profiles.get()).isEqualTo(2);
        assertThat(ru.profiles.get()).isEqualTo(2);
    }

    /** A pavilion that counts how often its profile is read, and can fail the first reads. */
    private static final class CountingPavilion extends FakePavilion {
        final AtomicInteger profiles = new AtomicInteger();
        final AtomicInteger failuresLeft = new AtomicInteger();

        CountingPavilion(String country, String currency) {
            super(country, currency, Money.zero(CurrencyCode.of(currency)));
        }

        @Override
        public PavilionProfile profile() {
            profiles.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("profile not ready");
            }
            return super.profile();
        }
    }

    /** The runtime's lookup as the directory sees it: the same list until the tenant's plugins change. */
    private final class HeldLookup implements PluginExtensions {
        private List<TenantExtension<CountryPavilion>> current = List.of();

        void refresh() {
            current = plugins.forTenant(TENANT, CountryPavilion.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends ExtensionPoint> List<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point) {
            return point == CountryPavilion.class && tenant.equals(TENANT) ? (List<TenantExtension<T>>) (List<?>) current : List.of();
        }

        @Override
        public <T extends ExtensionPoint> Optional<TenantExtension<T>> forTenant(TenantId tenant, Class<T> point, String pluginId) {
            return forTenant(tenant, point).stream().filter(e -> e.pluginId().equals(pluginId)).findFirst();
        }
    }
}
