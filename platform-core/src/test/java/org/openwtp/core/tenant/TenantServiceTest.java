package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.context.TenantId;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TenantServiceTest {

    private final Backend backend;
    @TempDir
    Path tempDir;
    private TenantFixture f;

    TenantServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new TenantFixture(backend, tempDir);
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void createdTenantIsActiveAndListedAndShown() {
        Tenant created = f.tenants.create("silk-road-hub", "Silk Road Hub");
        f.tenants.create("amber-road", null);

        assertThat(created.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(f.tenants.show(TenantId.of("silk-road-hub"))).isEqualTo(created);
        assertThat(f.tenants.list()).extracting(t -> t.id().value()).containsExactly("amber-road", "silk-road-hub");
        assertThat(f.tenants.show(TenantId.of("amber-road")).displayName()).isEqualTo("amber-road");
    }

    @Test
    void slugThatIsNotLowerCaseLettersDigitsAndDashesIsRefusedWithAClearMessage() {
        for (String bad : new String[] {"Silk", "silk_road", "-silk", "silk-", "", "a".repeat(64), "silk road"}) {
            assertThatThrownBy(() -> f.tenants.create(bad, "x"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.code()).isEqualTo(TenantException.Code.TENANT_INVALID);
                        assertThat(e.fieldErrors()).singleElement().satisfies(fe -> {
                            assertThat(fe.field()).isEqualTo("slug");
                            assertThat(fe.message()).contains("lower-case letters, digits and dashes");
                        });
                    });
        }
        assertThat(f.tenants.list()).isEmpty();
    }

    @Test
    void takenSlugIsRefused() {
        f.tenants.create("acme", "Acme");
        assertThatThrownBy(() -> f.tenants.create("acme", "Other"))
                .isInstanceOfSatisfying(TenantException.class, e -> {
                    assertThat(e.code()).isEqualTo(TenantException.Code.TENANT_EXISTS);
                    assertThat(e.code().kind()).isEqualTo(TenantException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("'acme' already exists");
                });
        assertThat(f.tenants.show(TenantId.of("acme")).displayName()).isEqualTo("Acme");
    }

    @Test
    void suspendAndResumeChangeStatusAndKeepData() {
        f.tenants.create("acme", "Acme");
        TenantId acme = TenantId.of("acme");
        f.apiKeys.issue(acme, ApiKeyRole.SELLER, "seller", Optional.empty());
        f.stateStores.storeFor(acme, "p").put("k", "v");

        assertThat(f.tenants.suspend(acme).status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(f.apiKeys.list(acme)).hasSize(1);
        assertThat(f.stateStores.storeFor(acme, "p").get("k")).contains("v");
        assertThat(f.tenants.resume(acme).status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void deleteRemovesTheTenantAndEverythingItOwns() {
        f.tenants.create("acme", "Acme");
        f.tenants.create("other", "Other");
        TenantId acme = TenantId.of("acme");
        IssuedApiKey key = f.apiKeys.issue(acme, ApiKeyRole.TENANT_ADMIN, "admin", Optional.empty());
        f.plugins.enable(acme, FakePluginConfigSchemas.CARRIER, Map.of("accountNumber", "1", "password", "pw"));
        f.stateStores.storeFor(acme, "p").put("k", "v");
        f.stateStores.storeFor(TenantId.of("other"), "p").put("k", "v");

        f.tenants.delete(acme);

        assertThat(f.tenants.find(acme)).isEmpty();
        assertThat(f.apiKeys.authenticate(key.rawKey())).isEqualTo(new AuthenticationResult.Rejected(AuthenticationFailure.UNKNOWN_KEY));
        int leftovers = f.db.storage().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM api_keys WHERE tenant_id = 'acme')"
                + " + (SELECT COUNT(*) FROM tenant_plugins WHERE tenant_id = 'acme')"
                + " + (SELECT COUNT(*) FROM tenant_plugin_secrets WHERE tenant_id = 'acme')"
                + " + (SELECT COUNT(*) FROM plugin_state WHERE tenant_id = 'acme')").mapTo(Integer.class).one());
        assertThat(leftovers).isZero();
        assertThat(f.stateStores.storeFor(TenantId.of("other"), "p").get("k")).contains("v");
    }

    @Test
    void unknownTenantIsNotFound() {
        TenantId ghost = TenantId.of("ghost");
        for (Runnable op : new Runnable[] {() -> f.tenants.show(ghost), () -> f.tenants.suspend(ghost),
                () -> f.tenants.resume(ghost), () -> f.tenants.delete(ghost)}) {
            assertThatThrownBy(op::run).isInstanceOfSatisfying(TenantException.class,
                    e -> assertThat(e.code()).isEqualTo(TenantException.Code.TENANT_NOT_FOUND));
        }
    }
}
