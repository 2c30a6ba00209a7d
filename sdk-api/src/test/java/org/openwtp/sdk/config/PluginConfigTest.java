package org.openwtp.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginConfigTest {

    @Test
    void aMissingValueNamesTheFieldAndTheFix() {
        assertThatThrownBy(() -> PluginConfig.empty().string("apiKey"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("configuration field 'apiKey' has no value; declare it as required or with a default");
    }

    @Test
    void toStringNamesFieldsButNeverPrintsValues() {
        PluginConfig config = PluginConfig.of(Map.of("apiKey", "sk_live_secret", "mode", "LIVE"));

        assertThat(config.toString()).isEqualTo("PluginConfig[apiKey, mode]").doesNotContain("sk_live_secret");
    }

    @Test
    void equalValuesMakeEqualConfigurations() {
        assertThat(PluginConfig.of(Map.of("a", "1"))).isEqualTo(PluginConfig.of(Map.of("a", "1")))
                .hasSameHashCodeAs(PluginConfig.of(Map.of("a", "1")))
                .isNotEqualTo(PluginConfig.of(Map.of("a", "2")));
    }
}
