package org.openwtp.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSchemaTest {

    private static final ConfigSchema CARRIER = ConfigSchema.of(List.of(
            ConfigField.required("apiKey", ConfigFieldType.SECRET, "the carrier's API key"),
            ConfigField.required("accountNumber", ConfigFieldType.STRING, "the shipper account"),
            ConfigField.withDefault("volumetricDivisor", ConfigFieldType.INTEGER, "5000", "cm3 per kg"),
            ConfigField.withDefault("fuelSurchargePercent", ConfigFieldType.DECIMAL, "12.5", "fuel surcharge"),
            ConfigField.withDefault("offerDdp", ConfigFieldType.BOOLEAN, "true", "whether DDP services are quoted"),
            ConfigField.choice("labelFormat", "PDF", "label file format", "PDF", "ZPL"),
            ConfigField.optional("rateTable", ConfigFieldType.TEXT, "one row per line")));

    @Test
    void aCompleteValidConfigurationHasNoProblems() {
        assertThat(CARRIER.validate(Map.of(
                "apiKey", "sk_test_1", "accountNumber", "ACC-1", "volumetricDivisor", "6000", "fuelSurchargePercent", "9.75",
                "offerDdp", "false", "labelFormat", "ZPL", "rateTable", "RU,CN,1.0\nRU,KZ,2.0"))).isEmpty();
    }

    @Test
    void validateReportsEveryProblemAtOnce() {
        Map<String, String> raw = Map.of(
                "accountNumber", "",
                "volumetricDivisor", "five thousand",
                "fuelSurchargePercent", "12,5",
                "offerDdp", "yes",
                "labelFormat", "PNG",
                "colour", "blue",
                "apiSecret", "x");

        List<ConfigProblem> problems = CARRIER.validate(raw);

        assertThat(problems).extracting(ConfigProblem::field, ConfigProblem::code).containsExactly(
                tuple("apiSecret", "UNKNOWN_FIELD"),
                tuple("colour", "UNKNOWN_FIELD"),
                tuple("apiKey", "MISSING"),
                tuple("accountNumber", "MISSING"),
                tuple("volumetricDivisor", "WRONG_TYPE"),
                tuple("fuelSurchargePercent", "WRONG_TYPE"),
                tuple("offerDdp", "WRONG_TYPE"),
                tuple("labelFormat", "NOT_ALLOWED"));
    }

    @Test
    void problemMessagesSayWhatIsAccepted() {
        Map<String, String> raw = new HashMap<>();
        raw.put("colour", "blue");
        raw.put("volumetricDivisor", "5000.5");
        raw.put("fuelSurchargePercent", "lots");
        raw.put("offerDdp", "TRUE");
        raw.put("labelFormat", "PNG");
        raw.put("accountNumber", "ACC\n2");

        assertThat(CARRIER.validate(raw)).extracting(ConfigProblem::message).containsExactly(
                "'colour' is not a field of this plugin; accepted fields: [apiKey, accountNumber, volumetricDivisor, "
                        + "fuelSurchargePercent, offerDdp, labelFormat, rateTable]",
                "'apiKey' is required: the carrier's API key",
                "'accountNumber' must be a single line",
                "'volumetricDivisor' must be a whole number, was '5000.5'",
                "'fuelSurchargePercent' must be a decimal number such as 12.5, was 'lots'",
                "'offerDdp' must be true or false, was 'TRUE'",
                "'labelFormat' must be one of [PDF, ZPL], was 'PNG'");
    }

    @Test
    void wrongTypeMessagesAbbreviateLongValues() {
        String longValue = "x".repeat(100);

        assertThat(CARRIER.validate(Map.of("apiKey", "k", "accountNumber", "a", "volumetricDivisor", longValue)))
                .singleElement()
                .extracting(ConfigProblem::message)
                .isEqualTo("'volumetricDivisor' must be a whole number, was '" + "x".repeat(40) + "...'");
    }

    @Test
    void secretsMustBeSingleLineButTextMayHaveManyLines() {
        assertThat(CARRIER.validate(Map.of("apiKey", "line1\nline2", "accountNumber", "a", "rateTable", "a\nb\nc")))
                .extracting(ConfigProblem::field, ConfigProblem::code)
                .containsExactly(tuple("apiKey", "WRONG_TYPE"));
    }

    @Test
    void integersMayHaveSurroundingSpaceAndNegativeSigns() {
        assertThat(CARRIER.validate(Map.of("apiKey", "k", "accountNumber", "a", "volumetricDivisor", " 6000 "))).isEmpty();
        assertThat(CARRIER.validate(Map.of("apiKey", "k", "accountNumber", "a", "fuelSurchargePercent", "-1.5"))).isEmpty();
    }

    @Test
    void integersBeyondALongAreTheWrongType() {
        assertThat(CARRIER.validate(Map.of("apiKey", "k", "accountNumber", "a", "volumetricDivisor", "9223372036854775808")))
                .extracting(ConfigProblem::code).containsExactly("WRONG_TYPE");
    }

    @Test
    void applyFillsInDefaultsAndKeepsGivenValues() {
        PluginConfig config = CARRIER.apply(Map.of("apiKey", "sk_test_1", "accountNumber", "ACC-1", "volumetricDivisor", "6000"));

        assertThat(config.asMap()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "accountNumber", "ACC-1", "apiKey", "sk_test_1", "fuelSurchargePercent", "12.5",
                "labelFormat", "PDF", "offerDdp", "true", "volumetricDivisor", "6000")));
        assertThat(config.integer("volumetricDivisor")).isEqualTo(6000);
        assertThat(config.decimal("fuelSurchargePercent")).isEqualTo(new BigDecimal("12.5"));
        assertThat(config.bool("offerDdp")).isTrue();
        assertThat(config.find("rateTable")).isEmpty();
    }

    @Test
    void applyTreatsAnEmptyValueAsNotGivenAndDropsUnknownFields() {
        PluginConfig config = CARRIER.apply(Map.of("apiKey", "k", "accountNumber", "a", "labelFormat", "", "colour", "blue"));

        assertThat(config.string("labelFormat")).isEqualTo("PDF");
        assertThat(config.find("colour")).isEmpty();
    }

    @Test
    void aFieldCannotBeDeclaredTwice() {
        assertThatThrownBy(() -> ConfigSchema.of(List.of(
                ConfigField.optional("region", ConfigFieldType.STRING, "a"),
                ConfigField.optional("region", ConfigFieldType.TEXT, "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config field 'region' is declared twice");
    }

    @Test
    void anEmptySchemaAcceptsOnlyAnEmptyConfiguration() {
        ConfigSchema none = ConfigSchema.of(List.of());

        assertThat(none.validate(Map.of())).isEmpty();
        assertThat(none.validate(Map.of("x", "1"))).extracting(ConfigProblem::message)
                .containsExactly("'x' is not a field of this plugin; accepted fields: []");
    }
}
