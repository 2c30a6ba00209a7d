package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.tenant.FakePluginConfigSchemas.CARRIER;
import static org.openwtp.core.tenant.FakePluginConfigSchemas.PAYMENT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.plugin.EnabledPlugin;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.core.store.Backend;
import org.openwtp.core.tenant.internal.StoredTenantPluginDirectory;
import org.openwtp.core.tenant.internal.TenantPluginCache;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.context.TenantId;

/**
 * The cache of the tenant plugin directory: changes made through this process are seen at once, changes made by
 * another process after the TTL, a read that raced with a change is not kept, and tenants never see each other's.
 */
class TenantPluginCacheTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId OTHER = TenantId.of("other");

    @TempDir
    Path tempDir;
    private TenantFixture f;
    private final AtomicLong nanos = new AtomicLong();
    private TenantPluginCache cache;
    private TenantService tenants;
    private TenantPluginService plugins;
    private TenantPluginDirectory directory;

    @BeforeEach
    void open() {
        f = new TenantFixture(Backend.SQLITE, tempDir);
        cache = new TenantPluginCache(Duration.ofSeconds(2), 100, nanos::get);
        tenants = new TenantService(f.db.storage(), f.clock, org.openwtp.core.tenant.internal.ApiKeyCache.disabled(), cache);
        plugins = new TenantPluginService(f.db.storage(), f.clock, f.schemas, f.keys, cache);
        directory = new StoredTenantPluginDirectory(f.db.storage(), f.schemas, f.keys, cache);
        tenants.create("acme", "Acme");
        tenants.create("other", "Other");
        plugins.enable(ACME, PAYMENT, Map.of("apiKey", "sk_acme"));
        plugins.enable(OTHER, PAYMENT, Map.of("apiKey", "sk_other"));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private String apiKey(TenantId tenant) {
        return directory.enabledPlugin(tenant, PAYMENT).orElseThrow().config().string("apiKey");
    }

    @Test
    void lookupsAreServedFromTheCacheWithSecretsDecrypted() {
        assertThat(apiKey(ACME)).isEqualTo("sk_acme");
        assertThat(cache.get(ACME, f.schemas.version())).hasValueSatisfying(list ->
                assertThat(list).extracting(EnabledPlugin::pluginId).containsExactly(PAYMENT));
        // another node changes the database: this one keeps serving what it read, within the TTL
        f.plugins.configure(ACME, PAYMENT, Map.of("apiKey", "sk_rotated"));
        assertThat(apiKey(ACME)).isEqualTo("sk_acme");
    }

    @Test
    void everyChangeThroughThisProcessIsSeenAtOnce() {
        assertThat(apiKey(ACME)).isEqualTo("sk_acme");

        plugins.configure(ACME, PAYMENT, Map.of("apiKey", "sk_new", "mode", "live"));
        assertThat(directory.enabledPlugin(ACME, PAYMENT).orElseThrow().config().string("mode")).isEqualTo("live");
        assertThat(apiKey(ACME)).isEqualTo("sk_new");

        plugins.enable(ACME, CARRIER, Map.of("accountNumber", "42", "password", "pw"));
        assertThat(directory.enabledPlugins(ACME)).extracting(EnabledPlugin::pluginId).containsExactlyInAnyOrder(PAYMENT, CARRIER);

        plugins.disable(ACME, CARRIER);
        assertThat(directory.enabledPlugins(ACME)).extracting(EnabledPlugin::pluginId).containsExactly(PAYMENT);

        plugins.remove(ACME, PAYMENT);
        assertThat(directory.enabledPlugins(ACME)).isEmpty();
    }

    @Test
    void suspendingResumingAndDeletingTheTenantAreSeenAtOnce() {
        assertThat(directory.enabledPlugins(ACME)).hasSize(1);

        tenants.suspend(ACME);
        assertThat(directory.enabledPlugins(ACME)).isEmpty();

        tenants.resume(ACME);
        assertThat(directory.enabledPlugins(ACME)).hasSize(1);

        tenants.delete(ACME);
        assertThat(directory.enabledPlugins(ACME)).isEmpty();
    }

    @Test
    void aPluginStateChangeIsSeenAtOnce() {
        assertThat(directory.enabledPlugin(ACME, PAYMENT).orElseThrow().config().integer("captureDelayHours")).isZero();

        // the plugin is reloaded with another default: what was derived from the old declarations is stale
        f.schemas.redeclare(PAYMENT, List.of(ConfigField.required("apiKey", ConfigFieldType.SECRET, "the provider API key"),
                ConfigField.optional("mode", ConfigFieldType.STRING, "mode"),
                ConfigField.withDefault("captureDelayHours", ConfigFieldType.INTEGER, "24", "hours before auto capture")));

        assertThat(directory.enabledPlugin(ACME, PAYMENT).orElseThrow().config().integer("captureDelayHours")).isEqualTo(24);
    }

    @Test
    void aChangeByAnotherProcessIsSeenWhenTheEntryExpires() {
        assertThat(apiKey(ACME)).isEqualTo("sk_acme");
        f.plugins.disable(ACME, PAYMENT); // the CLI or a second node: same database, its own services

        assertThat(directory.enabledPlugins(ACME)).as("served from the cache, within the TTL").hasSize(1);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(directory.enabledPlugins(ACME)).isEmpty();
    }

    @Test
    void aReadThatRacedWithAChangeIsNotStored() {
        List<EnabledPlugin> stale = directory.enabledPlugins(ACME);
        long declarations = f.schemas.version();
        long generation = cache.generation(); // a lookup reads the generation, then the database...

        plugins.disable(ACME, PAYMENT); // ...while the plugin is disabled and the cache invalidated
        cache.put(ACME, stale, declarations, generation);

        assertThat(cache.get(ACME, declarations)).isEmpty();
        assertThat(directory.enabledPlugins(ACME)).isEmpty();
    }

    @Test
    void tenantsNeverSeeEachOthersPluginsOrSecrets() {
        assertThat(apiKey(ACME)).isEqualTo("sk_acme");
        assertThat(apiKey(OTHER)).isEqualTo("sk_other");

        plugins.disable(OTHER, PAYMENT);

        assertThat(directory.enabledPlugins(OTHER)).isEmpty();
        assertThat(cache.get(ACME, f.schemas.version())).as("another tenant's change leaves this one cached").isPresent();
        assertThat(apiKey(ACME)).isEqualTo("sk_acme");
    }

    @Test
    void aZeroTtlReadsTheDatabaseEveryTime() {
        TenantPluginCache off = TenantPluginCache.disabled();
        TenantPluginDirectory uncached = new StoredTenantPluginDirectory(f.db.storage(), f.schemas, f.keys, off);
        assertThat(uncached.enabledPlugins(ACME)).hasSize(1);
        assertThat(off.get(ACME, f.schemas.version())).isEmpty();
    }
}
