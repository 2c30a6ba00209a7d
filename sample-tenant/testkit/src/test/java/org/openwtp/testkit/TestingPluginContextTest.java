package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.testkit.fakes.KazakhPavilion;

class TestingPluginContextTest {
    /** An extension with a required secret, a typed default and a semantic check. */
    private static final ConfigurableExtension EXTENSION = new ConfigurableExtension() {
        @Override
        public List<ConfigField> configFields() {
            return List.of(
                    ConfigField.required("apiKey", ConfigFieldType.SECRET, "the API key"),
                    ConfigField.withDefault("volumetricDivisor", ConfigFieldType.INTEGER, "5000", "cm3 per kg"),
                    ConfigField.choice("mode", "SANDBOX", "where calls go", "SANDBOX", "LIVE"));
        }

        @Override
        public List<ConfigProblem> validateConfig(PluginConfig config) {
            long divisor = config.integer("volumetricDivisor");
            return divisor < 1000 || divisor > 10_000 ? List.of(ConfigProblem.invalid("volumetricDivisor", "must be 1000 to 10000")) : List.of();
        }
    };

    @Test
    void defaultsAreTheTestTenantAFixedMutableClockAndAnEmptyStore() {
        TestingPluginContext context = TestingPluginContext.builder().build();
        assertThat(context.tenantId()).isEqualTo(TenantId.of("test-tenant"));
        assertThat(context.clock().instant()).isEqualTo(MutableClock.DEFAULT_START);
        assertThat(context.deadline()).isEqualTo(MutableClock.DEFAULT_START.plusSeconds(30));
        assertThat(context.idempotencyKey()).isEmpty();
        assertThat(context.inMemoryStore().size()).isZero();
        assertThat(context.config()).isEqualTo(PluginConfig.empty());
    }

    @Test
    void configurationIsValidatedAndCompletedWithDefaults() {
        TestingPluginContext context = TestingPluginContext.forExtension(EXTENSION, Map.of("apiKey", "k-123"));
        assertThat(context.config().asMap()).containsExactlyInAnyOrderEntriesOf(
                Map.of("apiKey", "k-123", "volumetricDivisor", "5000", "mode", "SANDBOX"));
    }

    @Test
    void everySchemaProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> TestingPluginContext.forExtension(EXTENSION, Map.of("volumetricDivisor", "five", "mode", "TEST", "colour", "red")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::field, ConfigProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("colour", "UNKNOWN_FIELD"),
                                org.assertj.core.groups.Tuple.tuple("apiKey", "MISSING"),
                                org.assertj.core.groups.Tuple.tuple("volumetricDivisor", "WRONG_TYPE"),
                                org.assertj.core.groups.Tuple.tuple("mode", "NOT_ALLOWED")))
                .hasMessageContaining("4 problem(s)")
                .hasMessageContaining("apiKey MISSING");
    }

    @Test
    void semanticProblemsOfTheExtensionAreReported() {
        assertThatThrownBy(() -> TestingPluginContext.forExtension(EXTENSION, Map.of("apiKey", "k", "volumetricDivisor", "50")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.problems()).containsExactly(ConfigProblem.invalid("volumetricDivisor", "must be 1000 to 10000")));
    }

    @Test
    void withIdempotencyKeySharesClockStoreAndConfiguration() {
        TestingPluginContext context = TestingPluginContext.forExtension(new KazakhPavilion());
        TestingPluginContext keyed = context.withIdempotencyKey("order-1-capture");
        assertThat(keyed.idempotencyKey()).contains(IdempotencyKey.of("order-1-capture"));
        assertThat(keyed.store()).isSameAs(context.store());
        assertThat(keyed.clock()).isSameAs(context.clock());
        assertThat(keyed.config()).isEqualTo(context.config());
        assertThat(keyed.withoutIdempotencyKey().idempotencyKey()).isEmpty();
    }

    @Test
    void anotherTenantGetsItsOwnStore() {
        TestingPluginContext context = TestingPluginContext.builder().build();
        context.store().put("k", "v");
        TestingPluginContext other = context.withTenant("silk-road-hub");
        assertThat(other.tenantId().value()).isEqualTo("silk-road-hub");
        assertThat(other.store().get("k")).isEmpty();
    }

    @Test
    void remainingTimeShrinksAsTheClockMoves() {
        TestingPluginContext context = TestingPluginContext.builder().timeout(Duration.ofSeconds(5)).build();
        context.mutableClock().advance(Duration.ofSeconds(2));
        assertThat(context.remaining()).isEqualTo(Duration.ofSeconds(3));
        context.mutableClock().advance(Duration.ofMinutes(1));
        assertThat(context.remaining()).isZero();
        assertThat(context.withTimeout(Duration.ofSeconds(9)).remaining()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void aFixedClockCannotBeMoved() {
        TestingPluginContext context = TestingPluginContext.builder().clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        assertThat(context.deadline()).isEqualTo(Instant.EPOCH.plusSeconds(30));
        assertThatThrownBy(context::mutableClock).isInstanceOf(IllegalStateException.class);
    }
}
