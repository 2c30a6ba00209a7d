package org.openwtp.plugins.carrier.express;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigProblem;

class ExpressConfigTest {

    private final ExpressCarrier carrier = new ExpressCarrier();

    private List<ConfigProblem> problems(Map<String, String> raw) {
        assertThat(carrier.configSchema().validate(raw)).isEmpty();
        return carrier.validateConfig(carrier.configSchema().apply(raw));
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(problems(Map.of())).isEmpty();
    }

    @Test
    void tableErrorsNameTheirLine() {
        List<ConfigProblem> p = problems(Map.of(
                "zones", "CN = A\nDE = C\n",
                "transitDays", "A 2-4\nC 5-3\n",
                "rates", "A 0.5 38.00 1.00\nA 0.7 40.00\nA 1 45.50\nC 1 55.00\nB 1 10.00\n",
                "ddpConversionRates", "EUR/USD 1.17\nCNY/EUR 0.13\nRUB/USD zero\n"));
        assertThat(p).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("transitDays line 2:"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 1:").contains("heaviest bracket"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 2:").contains("multiple of 0.5 kg"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 4:").contains("no transit days for zone C"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 5:").contains("zone 'B'"))
                .anySatisfy(m -> assertThat(m).startsWith("ddpConversionRates line 2:").contains("CNY/USD"))
                .anySatisfy(m -> assertThat(m).startsWith("ddpConversionRates line 3:").contains("positive decimal"));
    }

    @Test
    void scalarFieldsAreCheckedForSense() {
        List<ConfigProblem> p = problems(Map.of("volumetricDivisor", "139", "fuelSurchargePercent", "-1", "ddpFee", "1.005",
                "maxPieceDimensionsCm", "120 x 80", "maxPieceWeightKg", "0"));
        assertThat(p).extracting(ConfigProblem::field).containsExactlyInAnyOrder("volumetricDivisor", "fuelSurchargePercent", "ddpFee",
                "maxPieceDimensionsCm", "maxPieceWeightKg");
    }
}
