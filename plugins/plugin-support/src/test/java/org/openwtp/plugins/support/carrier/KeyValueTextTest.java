package org.openwtp.plugins.support.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValueTextTest {

    @Test
    void roundTripsAnyTextIncludingNewlinesEqualsAndBackslashes() {
        Map<String, String> values = Map.of(
                "plain", "RR123456785RU",
                "label", "line one\nline two\r\nend",
                "tricky", "a=b\\n is not a newline \\ and = again",
                "unicode", "Мёд натуральный 蜂蜜",
                "empty", "");
        String text = KeyValueText.write(values);
        assertThat(text.lines()).hasSize(values.size());
        assertThat(KeyValueText.read(text)).isEqualTo(values);
    }

    @Test
    void writesKeysInOrderSoEqualRecordsHaveEqualText() {
        assertThat(KeyValueText.write(Map.of("b", "2", "a", "1"))).isEqualTo("a=1\nb=2\n");
    }

    @Test
    void namesTheLineOfAMalformedRecord() {
        assertThatThrownBy(() -> KeyValueText.read("a=1\nno equals sign\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> KeyValueText.read("a=1\na=2\n")).hasMessageContaining("line 2").hasMessageContaining("twice");
        assertThatThrownBy(() -> KeyValueText.read("a=bad \\x escape")).hasMessageContaining("unknown escape");
    }
}
