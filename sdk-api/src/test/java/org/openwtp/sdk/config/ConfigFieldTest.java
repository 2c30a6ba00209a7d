package org.openwtp.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigFieldTest {

    @Test
    void factoriesSetRequiredDefaultAndAllowedValues() {
        ConfigField required = ConfigField.required("apiKey", ConfigFieldType.SECRET, "the key");
        ConfigField defaulted = ConfigField.withDefault("divisor", ConfigFieldType.INTEGER, "5000", "cm3 per kg");
        ConfigField optional = ConfigField.optional("notes", ConfigFieldType.TEXT, "free text");
        ConfigField choice = ConfigField.choice("mode", "TEST", "environment", "TEST", "LIVE");

        assertThat(required.required()).isTrue();
        assertThat(required.isSecret()).isTrue();
        assertThat(defaulted.required()).isFalse();
        assertThat(defaulted.defaultValue()).contains("5000");
        assertThat(optional.required()).isFalse();
        assertThat(optional.defaultValue()).isEmpty();
        assertThat(choice.type()).isEqualTo(ConfigFieldType.CHOICE);
        assertThat(choice.allowedValues()).containsExactly("TEST", "LIVE");
        assertThat(choice.defaultValue()).contains("TEST");
        assertThat(choice.isSecret()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ApiKey", "api_key", "api-key", "1key", ""})
    void namesMustBeLowerCamelCase(String name) {
        assertThatThrownBy(() -> ConfigField.optional(name, ConfigFieldType.STRING, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config field name '" + name + "' is not accepted: use lower camel case letters and digits, up to 64");
    }

    @Test
    void aDescriptionIsRequired() {
        assertThatThrownBy(() -> ConfigField.optional("notes", ConfigFieldType.TEXT, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config field 'notes' needs a description");
    }

    @Test
    void aChoiceDefaultMustBeOneOfTheAllowedValues() {
        assertThatThrownBy(() -> ConfigField.choice("mode", "PROD", "environment", "TEST", "LIVE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("default 'PROD' of 'mode' is not one of [TEST, LIVE]");
    }

    @Test
    void aChoiceMustListItsValuesAndOnlyAChoiceMay() {
        assertThatThrownBy(() -> ConfigField.optional("mode", ConfigFieldType.CHOICE, "environment"))
                .hasMessage("CHOICE field 'mode' must list its allowed values");
        assertThatThrownBy(() -> new ConfigField("mode", ConfigFieldType.STRING, false, Optional.empty(), "x", List.of("A")))
                .hasMessage("only CHOICE fields list allowed values; 'mode' is STRING");
    }

    @Test
    void aSecretCannotHaveADefault() {
        assertThatThrownBy(() -> ConfigField.withDefault("apiKey", ConfigFieldType.SECRET, "sk_test", "the key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SECRET field 'apiKey' must not have a default value");
    }

    @Test
    void aFieldWithADefaultCannotBeRequired() {
        assertThatThrownBy(() -> new ConfigField("divisor", ConfigFieldType.INTEGER, true, Optional.of("5000"), "x", List.of()))
                .hasMessage("field 'divisor' has a default, so it cannot be required");
    }

    @Test
    void aDefaultMustBeAValidValueOfItsType() {
        assertThatThrownBy(() -> ConfigField.withDefault("divisor", ConfigFieldType.INTEGER, "5000.0", "cm3 per kg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("default of config field 'divisor' is not accepted: 'divisor' must be a whole number, was '5000.0'");
        assertThatThrownBy(() -> ConfigField.withDefault("ddp", ConfigFieldType.BOOLEAN, "yes", "x"))
                .hasMessage("default of config field 'ddp' is not accepted: 'ddp' must be true or false, was 'yes'");
        assertThatThrownBy(() -> new ConfigField("mode", ConfigFieldType.CHOICE, false, Optional.of("PROD"), "x", List.of("TEST")))
                .hasMessage("default of config field 'mode' is not accepted: 'mode' must be one of [TEST], was 'PROD'");
    }

    @Test
    void allowedValuesAreCopied() {
        List<String> allowed = new ArrayList<>(List.of("A", "B"));
        ConfigField field = new ConfigField("mode", ConfigFieldType.CHOICE, false, Optional.of("A"), "x", allowed);

        allowed.add("C");

        assertThat(field.allowedValues()).containsExactly("A", "B");
    }

    @Test
    void configurableExtensionsValidateThroughTheirDeclaredSchema() {
        ConfigurableExtension extension = () -> List.of(ConfigField.required("apiKey", ConfigFieldType.SECRET, "the key"));

        assertThat(extension.configSchema().validate(Map.of())).extracting(ConfigProblem::code).containsExactly("MISSING");
        assertThat(extension.validateConfig(PluginConfig.empty())).isEmpty();
    }
}
