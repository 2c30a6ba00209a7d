package org.openwtp.plugins.carrier.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class S10Test {

    @ParameterizedTest
    @ValueSource(strings = {"RR123456785RU", "AA473124829GB", "EE123456785RU", "CP000000005RU", "RA000000080CN"})
    void acceptsPublishedAndEdgeIdentifiers(String identifier) {
        assertThat(S10.isValid(identifier)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR123456784RU", "AA473124828GB", "RR12345678RU", "rr123456785RU", "RR123456785R", "R1123456785RU"})
    void refusesWrongCheckDigitsAndShapes(String identifier) {
        assertThat(S10.isValid(identifier)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "12345678, 5",   // UPU S10 / Russian Post example RR123456785RU: sum 204, 204 mod 11 = 6, 11 - 6 = 5
        "47312482, 9",   // the S10 example AA473124829GB: sum 200, mod 11 = 2, 11 - 2 = 9
        "00000000, 5",   // sum 0: 11 - 0 = 11 becomes 5
        "00000008, 0",   // sum 56: 56 mod 11 = 1, 11 - 1 = 10 becomes 0
        "00000001, 4"})
    void computesTheCheckDigitWithWeights86423597(String serial, int check) {
        assertThat(S10.checkDigit(serial)).isEqualTo(check);
    }

    @Test
    void formatsServiceIndicatorSerialCheckDigitAndCountry() {
        assertThat(S10.format("RR", "12345678", "RU")).isEqualTo("RR123456785RU");
        assertThatThrownBy(() -> S10.format("RR", "1234567", "RU")).hasMessageContaining("exactly 8 digits");
        assertThatThrownBy(() -> S10.format("R", "12345678", "RU")).hasMessageContaining("two upper-case letters");
    }
}
