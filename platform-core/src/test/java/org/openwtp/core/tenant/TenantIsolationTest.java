package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.tenant.FakePluginConfigSchemas.CARRIER;
import static org.openwtp.core.tenant.FakePluginConfigSchemas.PAYMENT;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.store.Backend;
import org.openwtp.core.tenant.internal.ApiKeyDao;
import org.openwtp.core.tenant.internal.TenantPluginDao;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;

/**
 * Acts as tenant A against tenant B's data through every repository operation (read, list, update,
 * delete) and checks that A finds nothing and changes nothing of B's.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TenantIsolationTest {

    private static final TenantId A = TenantId.of("tenant-a");
    private static final TenantId B = TenantId.of("tenant-b");

    private final Backend backend;
    @TempDir
    Path tempDir;
    private TenantFixture f;
    private IssuedApiKey bKey;
    private String bSnapshot;

    TenantIsolationTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void seedTenantB() {
        f = new TenantFixture(backend, tempDir);
        f.tenants.create(A.value(), "A");
        f.tenants.create(B.value(), "B");
        bKey = f.apiKeys.issue(B, ApiKeyRole.TENANT_ADMIN, "b admin", Optional.empty());
        f.plugins.enable(B, PAYMENT, Map.of("apiKey", "b-secret", "mode", "live"));
        f.plugins.enable(B, CARRIER, Map.of("accountNumber", "B-1", "password", "b-password"));
        KeyValueStore bState = f.stateStores.storeFor(B, CARRIER);
        bState.put("token", "b-token");
        bState.put("rate/1", "b-rate");
        bSnapshot = snapshotOfB();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void apiKeysOfBAreInvisibleAndUntouchableForA() {
        String bKeyId = bKey.key().keyId();

        assertThat(f.apiKeys.list(A)).isEmpty();
        assertThatThrownBy(() -> f.apiKeys.show(A, bKeyId)).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.API_KEY_NOT_FOUND));
        assertThatThrownBy(() -> f.apiKeys.revoke(A, bKeyId)).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.API_KEY_NOT_FOUND));

        ApiKeyDao dao = new ApiKeyDao();
        assertThat(readOne(h -> dao.find(h, A, bKeyId))).isEmpty();
        assertThat(readAll(h -> dao.list(h, A))).isEmpty();
        assertThat(change(h -> dao.revoke(h, A, bKeyId, f.clock.instant()))).isFalse();
        assertThat(change(h -> dao.delete(h, A, bKeyId))).isFalse();

        assertThat(f.apiKeys.authenticate(bKey.rawKey()).principal()).hasValueSatisfying(p -> assertThat(p.tenant()).isEqualTo(B));
        assertThat(snapshotOfB()).isEqualTo(bSnapshot);
    }

    @Test
    void pluginSettingsOfBAreInvisibleAndUntouchableForA() {
        assertThat(f.plugins.list(A)).isEmpty();
        assertThatThrownBy(() -> f.plugins.show(A, PAYMENT)).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_NOT_CONFIGURED));
        assertThatThrownBy(() -> f.plugins.configure(A, PAYMENT, Map.of("apiKey", "a-secret"))).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_NOT_CONFIGURED));
        assertThatThrownBy(() -> f.plugins.disable(A, PAYMENT)).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_NOT_CONFIGURED));
        assertThatThrownBy(() -> f.plugins.remove(A, CARRIER)).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_NOT_CONFIGURED));
        // A enabling the same plugin uses its own secrets, not B's masked ones
        assertThatThrownBy(() -> f.plugins.enable(A, CARRIER, Map.of("accountNumber", "A-1", "password", PluginSettings.MASK)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("password"));
        assertThat(f.directory.enabledPlugins(A)).isEmpty();
        assertThat(f.directory.enabledPlugin(A, PAYMENT)).isEmpty();

        TenantPluginDao dao = new TenantPluginDao();
        assertThat(readOne(h -> dao.find(h, A, PAYMENT))).isEmpty();
        assertThat(readAll(h -> dao.list(h, A))).isEmpty();
        assertThat(readAll(h -> dao.listEnabledOfActiveTenant(h, A))).isEmpty();
        assertThat(change(h -> dao.setEnabled(h, A, PAYMENT, false, f.clock.instant()))).isFalse();
        assertThat(change(h -> dao.delete(h, A, CARRIER))).isFalse();

        f.plugins.enable(A, CARRIER, Map.of("accountNumber", "A-1", "password", "a-password"));
        f.plugins.disable(A, CARRIER);
        f.plugins.remove(A, CARRIER);

        assertThat(snapshotOfB()).isEqualTo(bSnapshot);
        assertThat(f.directory.enabledPlugin(B, CARRIER).orElseThrow().config().string("password")).isEqualTo("b-password");
    }

    @Test
    void pluginStateOfBIsInvisibleAndUntouchableForA() {
        KeyValueStore aState = f.stateStores.storeFor(A, CARRIER);

        assertThat(aState.get("token")).isEmpty();
        assertThat(aState.list("")).isEmpty();
        assertThat(aState.list("rate/")).isEmpty();
        assertThat(aState.compareAndSet("token", "b-token", "stolen")).isFalse();
        assertThat(aState.delete("token")).isFalse();
        assertThat(aState.putIfAbsent("token", "a-token")).isTrue();
        aState.put("rate/1", "a-rate");
        aState.delete("rate/1");

        assertThat(f.stateStores.storeFor(B, CARRIER).get("token")).contains("b-token");
        assertThat(snapshotOfB()).isEqualTo(bSnapshot);
    }

    @Test
    void suspendingOrDeletingATenantLeavesTheOtherWorking() {
        f.tenants.suspend(A);
        assertThat(f.apiKeys.authenticate(bKey.rawKey()).principal()).isPresent();
        assertThat(f.directory.enabledPlugins(B)).hasSize(2);
        f.tenants.delete(A);
        assertThat(snapshotOfB()).isEqualTo(bSnapshot);
    }

    private Optional<?> readOne(Function<Handle, Optional<?>> reads) {
        return f.db.storage().withHandle(reads::apply);
    }

    private List<?> readAll(Function<Handle, List<?>> reads) {
        return f.db.storage().withHandle(reads::apply);
    }

    private boolean change(Function<Handle, Boolean> writes) {
        return f.db.storage().inTransaction(writes::apply);
    }

    /** Every row of B in every tenant-owned table, as text, to compare before and after. */
    private String snapshotOfB() {
        List<String> tables = List.of(
                "SELECT tenant_id || '|' || display_name || '|' || status || '|' || updated_at FROM tenants WHERE tenant_id = :t",
                "SELECT key_id || '|' || secret_hash || '|' || role || '|' || COALESCE(CAST(revoked_at AS VARCHAR(20)), '-') FROM api_keys"
                        + " WHERE tenant_id = :t ORDER BY key_id",
                "SELECT plugin_id || '|' || CAST(enabled AS VARCHAR(1)) || '|' || settings || '|' || updated_at FROM tenant_plugins"
                        + " WHERE tenant_id = :t ORDER BY plugin_id",
                "SELECT plugin_id || '|' || field_name || '|' || key_id || '|' || ciphertext FROM tenant_plugin_secrets"
                        + " WHERE tenant_id = :t ORDER BY plugin_id, field_name",
                "SELECT plugin_id || '|' || state_key || '|' || state_value FROM plugin_state WHERE tenant_id = :t ORDER BY plugin_id, state_key");
        StringBuilder out = new StringBuilder();
        f.db.storage().withHandle((Handle h) -> {
            for (String sql : tables) {
                out.append(h.createQuery(sql).bind("t", B.value()).mapTo(String.class).list()).append('\n');
            }
            return null;
        });
        return out.toString();
    }
}
