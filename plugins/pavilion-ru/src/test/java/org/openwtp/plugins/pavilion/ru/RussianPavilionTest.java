package org.openwtp.plugins.pavilion.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.testkit.MutableClock;
import org.openwtp.testkit.TestingPluginContext;

class RussianPavilionTest {

    private final RussianPavilion pavilion = new RussianPavilion();

    private TestingPluginContext context(String instant) {
        return TestingPluginContext.builder().extension(pavilion).clock(MutableClock.at(instant)).build();
    }

    @Test
    void profileIsTheRussianPavilionInRoubles() {
        assertThat(pavilion.profile().country().code()).isEqualTo("RU");
        assertThat(pavilion.profile().currency().code()).isEqualTo("RUB");
        assertThat(pavilion.profile().registrySchemes()).containsExactly("INN", "OGRN", "OGRNIP");
    }

    @Test
    void theDefaultConfigurationIsValid() {
        ConfigSchema schema = pavilion.configSchema();
        assertThat(schema.validate(Map.of())).isEmpty();
        assertThat(pavilion.validateConfig(schema.apply(Map.of()))).isEmpty();
    }

    @Test
    void badTablesAndNumbersAreReportedPerFieldAndLine() {
        Map<String, String> raw = Map.of(
                "exportRules", "0409 NEEDS_CERTIFICATE VETERINARY_CERTIFICATE\n93 FORBIDDEN",
                "sdrRates", "RUB 107.20\nQQQ 1",
                "originCertificates", "CT-1 KZ,XX",
                "eurRubRate", "0",
                "requiredSellerDocuments", "EXPORT_CONTRACT,INN");
        List<ConfigProblem> problems = pavilion.validateConfig(pavilion.configSchema().apply(raw));
        assertThat(problems).extracting(ConfigProblem::field)
                .containsExactly("exportRules", "sdrRates", "originCertificates", "requiredSellerDocuments", "eurRubRate");
        assertThat(problems.get(0).message()).startsWith("line 2: unknown action 'FORBIDDEN'");
        assertThat(problems.get(1).message()).startsWith("line 2: currency 'QQQ'");
        assertThat(problems.get(2).message()).startsWith("line 1: country 'XX'");
        assertThat(problems.get(4).message()).isEqualTo("eurRubRate must be greater than zero, was 0");
    }

    @Test
    void anUnparseableStartDateIsReported() {
        List<ConfigProblem> problems = pavilion.validateConfig(PluginConfig.of(Map.of("ecommerceRegimeStart", "1 July 2026")));
        assertThat(problems).extracting(ConfigProblem::field).containsExactly("ecommerceRegimeStart");
    }

    @Test
    void theRegimeSwitchesAtMidnightMoscowTime() {
        TestingPluginContext lastEvening = context("2026-06-30T20:59:59Z");
        TestingPluginContext midnight = context("2026-06-30T21:00:00Z");
        assertThat(pavilion.assessImport(EaeuImportRulesTest.parcel("CN", "20000.00", "1"), lastEvening).regime()).isEqualTo("PERSONAL_USE_FLAT_RATE");
        assertThat(pavilion.assessImport(EaeuImportRulesTest.parcel("CN", "20000.00", "1"), midnight).regime()).isEqualTo("EAEU_ECOMMERCE");
    }
}
