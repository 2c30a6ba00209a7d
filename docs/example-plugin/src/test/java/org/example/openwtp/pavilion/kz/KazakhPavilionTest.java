package org.example.openwtp.pavilion.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.openwtp.sdk.pavilion.VerificationStatus;
import org.openwtp.testkit.InvalidConfigurationException;
import org.openwtp.testkit.SampleTrade;
import org.openwtp.testkit.TestingPluginContext;

class KazakhPavilionTest {
    private final KazakhPavilion pavilion = new KazakhPavilion();

    @Test
    void binIsVerifiedInItsNormalizedForm() {
        TestingPluginContext context = TestingPluginContext.builder()
                .extension(pavilion)                         // validates the config through configFields()
                .config(Map.of("kztPerEur", "600"))          // raw values, defaults applied for the rest
                .tenant("silk-road-hub")
                .build();

        SellerVerification verification = pavilion.verifySeller(
                SampleTrade.sellerApplication("Halyk Bank JSC", "BIN", "940 140 000 385", SampleTrade.moscowExporter()), context);

        assertThat(verification.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verification.normalizedNumber()).isEqualTo("940140000385");
    }

    @Test
    void tenantConfigurationWithoutARateIsRefused() {
        assertThatThrownBy(() -> TestingPluginContext.forExtension(pavilion, Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("kztPerEur");
    }

    @Test
    void senselessValuesAndBadTableLinesAreEachReported() {
        Map<String, String> raw = Map.of("kztPerEur", "0", "unifiedRatePercent", "150", "exportControls", "93 | BAN | arms");
        List<ConfigProblem> problems = pavilion.validateConfig(pavilion.configSchema().apply(raw));
        assertThat(problems).extracting(ConfigProblem::field).containsExactly("kztPerEur", "unifiedRatePercent", "exportControls");
    }

    @Test
    void defaultsPassValidation() {
        assertThat(pavilion.validateConfig(pavilion.configSchema().apply(Map.of("kztPerEur", "600")))).isEmpty();
    }
}
