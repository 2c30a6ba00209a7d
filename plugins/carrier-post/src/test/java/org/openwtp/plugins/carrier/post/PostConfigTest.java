package org.openwtp.plugins.carrier.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;

class PostConfigTest {

    private final PostCarrier carrier = new PostCarrier();

    private List<ConfigProblem> problems(Map<String, String> raw) {
        assertThat(carrier.configSchema().validate(raw)).isEmpty();
        PluginConfig config = carrier.configSchema().apply(raw);
        return carrier.validateConfig(config);
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(problems(Map.of())).isEmpty();
        assertThat(carrier.services(FakeContext.of(carrier, Map.of()))).extracting(s -> s.code())
                .containsExactly("SMALL_PACKET", "PARCEL", "EMS");
    }

    @Test
    void zoneErrorsNameTheirLine() {
        List<ConfigProblem> p = problems(Map.of("zones", "# zones\nCN KR = 3\nXX = 4\nKR = 5\nDE 4\n"));
        assertThat(p).extracting(ConfigProblem::field).containsOnly("zones", "rates");
        assertThat(p).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("zones line 3:").contains("'XX'"))
                .anySatisfy(m -> assertThat(m).startsWith("zones line 4:").contains("KR is already in zone 3 (line 2)"))
                .anySatisfy(m -> assertThat(m).startsWith("zones line 5:").contains("COUNTRY [COUNTRY...] = ZONE"));
    }

    @Test
    void rateErrorsNameTheirLine() {
        Map<String, String> raw = new HashMap<>();
        raw.put("zones", "CN = 3\n");
        raw.put("transitDays", "PARCEL 3 14-30\nEMS 3 5-10\n");
        raw.put("rates", String.join("\n",
                "PARCEL 3 1 1520.00 100.00",   // 1: extra on a bracket that is not the heaviest
                "PARCEL 3 5 2980.00 390.00",   // 2: fine
                "COURIER 3 1 100.00",          // 3: unknown service
                "PARCEL 9 1 100.00",           // 4: unknown zone
                "SMALL_PACKET 3 1 100.00",     // 5: no transit days
                "EMS 3 abc 100.00",            // 6: bad weight
                "EMS 3 1 100.001",             // 7: too many decimals for RUB
                "PARCEL 3 5 3000.00",          // 8: duplicate bracket
                "EMS 3 1"));                   // 9: too few cells
        assertThat(problems(raw)).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("rates line 1:").contains("only allowed on the heaviest bracket"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 3:").contains("unknown service 'COURIER'"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 4:").contains("zone '9'"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 5:").contains("no transit days for SMALL_PACKET zone 3"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 6:").contains("'abc'"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 7:").contains("at most 2 decimals"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 8:").contains("already priced at line 2"))
                .anySatisfy(m -> assertThat(m).startsWith("rates line 9:").contains("SERVICE ZONE UP_TO_KG PRICE"))
                .hasSize(8);
    }

    @Test
    void otherFieldsAreCheckedForSense() {
        Map<String, String> raw = Map.of("currency", "ABC", "originCountry", "SU", "volumetricDivisor", "500",
                "parcelMaxWeightKg", "0", "sdrRates", "XDR/RUB 108.70\nRUB 1\nXDR/RUB 100\n", "transitDays", "EMS 1 9-3\n",
                "webhookToleranceSeconds", "0");
        List<ConfigProblem> p = problems(raw);
        assertThat(p).extracting(ConfigProblem::field)
                .contains("currency", "originCountry", "volumetricDivisor", "parcelMaxWeightKg", "sdrRates", "transitDays", "webhookToleranceSeconds");
        assertThat(p).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("sdrRates line 2:"))
                .anySatisfy(m -> assertThat(m).startsWith("sdrRates line 3:").contains("twice"))
                .anySatisfy(m -> assertThat(m).startsWith("transitDays line 1:"));
    }
}
