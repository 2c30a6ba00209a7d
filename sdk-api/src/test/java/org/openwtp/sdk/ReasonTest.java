package org.openwtp.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonTest {

    @Test
    void acceptsUpperCaseCodesWithAMessage() {
        Reason reason = Reason.of("INVALID_CHECK_DIGIT", "the 10th digit should be 3");

        assertThat(reason.code()).isEqualTo("INVALID_CHECK_DIGIT");
        assertThat(reason.message()).isEqualTo("the 10th digit should be 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid", "X", "1CODE", "HAS SPACE", "HAS-DASH"})
    void refusesCodesThatAreNotUpperCaseIdentifiers(String code) {
        assertThatThrownBy(() -> Reason.of(code, "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason code '" + code + "' is not accepted: use 2 to 64 upper-case letters, digits or underscores, starting with a letter");
    }

    @Test
    void refusesABlankMessage() {
        assertThatThrownBy(() -> Reason.of("CODE", " ")).hasMessage("reason message must not be blank");
    }
}
