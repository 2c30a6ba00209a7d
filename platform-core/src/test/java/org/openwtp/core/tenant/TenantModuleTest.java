package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.plugin.PluginConfigSchemas;
import org.openwtp.core.plugin.PluginStateStores;
import org.openwtp.core.plugin.TenantPluginDirectory;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.StoreModule;
import org.openwtp.sdk.context.TenantId;

class TenantModuleTest {

    @TempDir
    Path tempDir;

    @Test
    void storeAndTenantModulesWireTheWholeFeature() {
        Injector injector = Guice.createInjector(
                new StoreModule(StorageConfig.sqlite(tempDir.resolve("wired.db"))),
                new TenantModule(MasterKeyRing.of(MasterKeyRing.generateKey(), List.of()), HostAdminCredential.of("x".repeat(32))),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(PluginConfigSchemas.class).to(FakePluginConfigSchemas.class);
                    }
                });
        try (Storage storage = injector.getInstance(Storage.class)) {
            assertThat(injector.getInstance(TenantService.class)).isSameAs(injector.getInstance(TenantService.class));
            injector.getInstance(TenantService.class).create("wired", "Wired");
            IssuedApiKey key = injector.getInstance(ApiKeyService.class).issue(TenantId.of("wired"), ApiKeyRole.TENANT_ADMIN, "a", Optional.empty());
            injector.getInstance(TenantPluginService.class).enable(TenantId.of("wired"), FakePluginConfigSchemas.CARRIER,
                    Map.of("accountNumber", "1", "password", "p"));
            injector.getInstance(PluginStateStores.class).storeFor(TenantId.of("wired"), "carrier-post").put("k", "v");

            assertThat(injector.getInstance(ApiKeyService.class).authenticate(key.rawKey()).principal()).isPresent();
            assertThat(injector.getInstance(TenantPluginDirectory.class).enabledPlugins(TenantId.of("wired"))).hasSize(1);
            assertThat(injector.getInstance(HostAdminCredential.class).matches("x".repeat(32))).isTrue();
            assertThat(storage.dialect()).isNotNull();
        }
    }
}
