package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.tenant.FakePluginConfigSchemas.CARRIER;
import static org.openwtp.core.tenant.FakePluginConfigSchemas.PAYMENT;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.plugin.EnabledPlugin;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.LoggerFactory;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TenantPluginServiceTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId OTHER = TenantId.of("other");
    private static final String SECRET = "sk_live_5f9c2d7e1a";

    private final Backend backend;
    @TempDir
    Path tempDir;
    private TenantFixture f;

    TenantPluginServiceTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new TenantFixture(backend, tempDir);
        f.tenants.create("acme", "Acme");
        f.tenants.create("other", "Other");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void everySchemaProblemIsListedInOneError() {
        assertThatThrownBy(() -> f.plugins.enable(ACME, PAYMENT, Map.of("mode", "sandbox", "captureDelayHours", "soon", "colour", "red")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_CONFIG_INVALID);
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("colour", "UNKNOWN_FIELD"),
                            org.assertj.core.groups.Tuple.tuple("apiKey", "MISSING"),
                            org.assertj.core.groups.Tuple.tuple("mode", "NOT_ALLOWED"),
                            org.assertj.core.groups.Tuple.tuple("captureDelayHours", "WRONG_TYPE"));
                    assertThat(e.getMessage()).contains("4 problem(s)");
                });
        assertThatThrownBy(() -> f.plugins.show(ACME, PAYMENT)).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_NOT_CONFIGURED));
    }

    @Test
    void pluginsOwnSemanticProblemsAreReportedAfterTheSchemaPasses() {
        assertThatThrownBy(() -> f.plugins.enable(ACME, PAYMENT, Map.of("apiKey", SECRET, "captureDelayHours", "100")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("captureDelayHours", "INVALID", "captureDelayHours must be at most 72")));
    }

    @Test
    void unknownPluginIsNotAvailable() {
        assertThatThrownBy(() -> f.plugins.enable(ACME, "no-such-plugin", Map.of()))
                .isInstanceOfSatisfying(TenantException.class, e -> assertThat(e.code()).isEqualTo(TenantException.Code.PLUGIN_NOT_AVAILABLE));
    }

    @Test
    void secretsAreEncryptedAtRestAndMaskedOnRead() {
        PluginSettings saved = f.plugins.enable(ACME, PAYMENT, Map.of("apiKey", SECRET, "mode", "live"));

        assertThat(saved.values()).containsEntry("apiKey", PluginSettings.MASK).containsEntry("mode", "live");
        assertThat(f.plugins.show(ACME, PAYMENT).values()).containsEntry("apiKey", PluginSettings.MASK);
        assertThat(f.plugins.list(ACME)).singleElement().satisfies(s -> assertThat(s.values()).doesNotContainValue(SECRET));
        List<String> everything = f.db.storage().withHandle(h -> h.createQuery(
                "SELECT settings FROM tenant_plugins UNION ALL SELECT ciphertext FROM tenant_plugin_secrets").mapTo(String.class).list());
        assertThat(everything).isNotEmpty().noneMatch(v -> v.contains(SECRET));
        String keyId = f.db.storage().withHandle(h -> h.createQuery("SELECT key_id FROM tenant_plugin_secrets").mapTo(String.class).one());
        assertThat(keyId).isEqualTo(f.keys.currentKeyId());
    }

    @Test
    void directoryGivesThePluginItsDecryptedConfigurationWithDefaults() {
        f.plugins.enable(ACME, PAYMENT, Map.of("apiKey", SECRET));

        assertThat(f.directory.enabledPlugins(ACME)).singleElement().satisfies(p -> {
            assertThat(p.pluginId()).isEqualTo(PAYMENT);
            assertThat(p.config().asMap()).isEqualTo(Map.of("apiKey", SECRET, "mode", "test", "captureDelayHours", "0"));
            assertThat(p.config().toString()).doesNotContain(SECRET);
        });
        assertThat(f.directory.enabledPlugin(ACME, PAYMENT)).isPresent();
        assertThat(f.directory.enabledPlugin(ACME, CARRIER)).isEmpty();
    }

    @Test
    void maskedOrOmittedSecretKeepsTheStoredValueOnReconfigure() {
        f.plugins.enable(ACME, PAYMENT, Map.of("apiKey", SECRET, "webhookSecret", "whsec_1"));

        f.plugins.configure(ACME, PAYMENT, Map.of("apiKey", PluginSettings.MASK, "mode", "live"));

        assertThat(f.directory.enabledPlugin(ACME, PAYMENT).orElseThrow().config().asMap())
                .containsEntry("apiKey", SECRET).containsEntry("webhookSecret", "whsec_1").containsEntry("mode", "live");

        f.plugins.configure(ACME, PAYMENT, Map.of("webhookSecret", ""));
        assertThat(f.directory.enabledPlugin(ACME, PAYMENT).orElseThrow().config().find("webhookSecret")).isEmpty();
    }

    @Test
    void disablingForOneTenantLeavesOthersUntouched() {
        f.plugins.enable(ACME, CARRIER, Map.of("accountNumber", "A-1", "password", "pa"));
        f.plugins.enable(OTHER, CARRIER, Map.of("accountNumber", "O-1", "password", "po"));

        PluginSettings disabled = f.plugins.disable(ACME, CARRIER);

        assertThat(disabled.enabled()).isFalse();
        assertThat(f.directory.enabledPlugins(ACME)).isEmpty();
        assertThat(f.directory.enabledPlugins(OTHER)).extracting(EnabledPlugin::pluginId).containsExactly(CARRIER);
        assertThat(f.plugins.configure(ACME, CARRIER, Map.of("accountNumber", "A-2")).enabled()).isFalse();
        assertThat(f.plugins.enable(ACME, CARRIER, Map.of("accountNumber", "A-2")).enabled()).isTrue();
        assertThat(f.directory.enabledPlugin(ACME, CARRIER).orElseThrow().config().string("password")).isEqualTo("pa");
    }

    @Test
    void suspendedTenantHasNoEnabledPlugins() {
        f.plugins.enable(ACME, CARRIER, Map.of("accountNumber", "A-1", "password", "pa"));
        f.tenants.suspend(ACME);
        assertThat(f.directory.enabledPlugins(ACME)).isEmpty();
        f.tenants.resume(ACME);
        assertThat(f.directory.enabledPlugins(ACME)).hasSize(1);
    }

    @Test
    void secretsNeverReachTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            f.plugins.enable(ACME, PAYMENT, Map.of("apiKey", SECRET));
            f.plugins.configure(ACME, PAYMENT, Map.of("apiKey", SECRET + "2"));
            f.directory.enabledPlugins(ACME);
            f.plugins.disable(ACME, PAYMENT);
        } finally {
            root.detachAppender(appender);
        }
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).noneMatch(e -> e.getFormattedMessage().contains(SECRET));
    }

    @Test
    void ciphertextMovedToAnotherTenantDoesNotOpen() {
        f.plugins.enable(ACME, CARRIER, Map.of("accountNumber", "A-1", "password", "acme-password"));
        f.plugins.enable(OTHER, CARRIER, Map.of("accountNumber", "O-1", "password", "other-password"));
        f.db.storage().useTransaction(h -> h.execute("UPDATE tenant_plugin_secrets SET ciphertext ="
                + " (SELECT s.ciphertext FROM tenant_plugin_secrets s WHERE s.tenant_id = 'acme') WHERE tenant_id = 'other'"));

        assertThat(f.directory.enabledPlugins(OTHER)).isEmpty();
        assertThat(f.directory.enabledPlugins(ACME)).hasSize(1);
    }

    @Test
    void rotationReEncryptsEverySecretWithTheCurrentKeyAndOldKeysCanThenBeDropped() {
        f.plugins.enable(ACME, PAYMENT, Map.of("apiKey", SECRET, "webhookSecret", "whsec_1"));
        f.plugins.enable(OTHER, CARRIER, Map.of("accountNumber", "O-1", "password", "po"));
        String newKey = MasterKeyRing.generateKey();
        MasterKeyRing rotated = MasterKeyRing.of(newKey, List.of(f.masterKey));
        MasterKeyRing newKeyOnly = MasterKeyRing.of(newKey, List.of());

        assertThat(f.directoryWith(rotated).enabledPlugins(ACME)).hasSize(1);
        assertThat(f.directoryWith(newKeyOnly).enabledPlugins(ACME)).isEmpty();

        RotationReport report = f.pluginsWith(rotated).rotateSecrets();

        assertThat(report).isEqualTo(new RotationReport(3, rotated.currentKeyId()));
        List<String> keyIds = f.db.storage().withHandle(h -> h.createQuery(
                "SELECT DISTINCT key_id FROM tenant_plugin_secrets").mapTo(String.class).list());
        assertThat(keyIds).containsExactly(rotated.currentKeyId());
        assertThat(f.directoryWith(newKeyOnly).enabledPlugin(ACME, PAYMENT).orElseThrow().config().string("apiKey")).isEqualTo(SECRET);
        assertThat(f.directoryWith(newKeyOnly).enabledPlugin(OTHER, CARRIER).orElseThrow().config().string("password")).isEqualTo("po");
        assertThat(f.pluginsWith(rotated).rotateSecrets().resealed()).isZero();
    }

    @Test
    void rotationWithoutTheKeyASecretWasSealedWithFailsNamingThatKey() {
        f.plugins.enable(ACME, CARRIER, Map.of("accountNumber", "A-1", "password", "pa"));
        MasterKeyRing unrelated = MasterKeyRing.of(MasterKeyRing.generateKey(), List.of());

        assertThatThrownBy(() -> f.pluginsWith(unrelated).rotateSecrets()).isInstanceOfSatisfying(TenantException.class, e -> {
            assertThat(e.code()).isEqualTo(TenantException.Code.SECRETS_UNREADABLE);
            assertThat(e.getMessage()).contains(f.keys.currentKeyId()).contains(MasterKeyRing.PREVIOUS_MASTER_KEYS);
        });
    }
}
