package org.openwtp.sdk.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    private static final String REFUSAL = "idempotency key is not accepted: use 1 to 255 printable ASCII characters without spaces";

    @ParameterizedTest
    @ValueSource(strings = {"a", "order-42:authorize", "550e8400-e29b-41d4-a716-446655440000", "~!@#$%^&*()"})
    void acceptsPrintableAscii(String value) {
        assertThat(IdempotencyKey.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\there", "ключ", "line\nbreak"})
    void refusesEmptyBlankOrNonAsciiKeys(String value) {
        assertThatThrownBy(() -> IdempotencyKey.of(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(REFUSAL);
    }

    @Test
    void refusesKeysLongerThan255Characters() {
        assertThat(IdempotencyKey.of("k".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(256))).hasMessage(REFUSAL);
    }

    @Test
    void deriveAppendsASubStepAndStaysWithinTheLimit() {
        assertThat(IdempotencyKey.of("order-42").derive("capture-1")).isEqualTo(IdempotencyKey.of("order-42:capture-1"));
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(250)).derive("capture")).hasMessage(REFUSAL);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> IdempotencyKey.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("idempotency key must not be null");
    }
}
