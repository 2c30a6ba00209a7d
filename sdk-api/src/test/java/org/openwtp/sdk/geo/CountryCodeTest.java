package org.openwtp.sdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"RU", "CN", "KZ", "MY", "DE", "US"})
    void acceptsAssignedAlpha2Codes(String code) {
        assertThat(CountryCode.of(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "RUS", "R", "XX", "ZZ", "", "R1"})
    void refusesAnythingElseNamingTheAcceptedForm(String code) {
        assertThatThrownBy(() -> CountryCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("country '" + code + "' is not accepted: use an ISO 3166-1 alpha-2 code of two upper-case letters, e.g. RU, CN, DE");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new CountryCode(null)).isInstanceOf(NullPointerException.class).hasMessage("country code must not be null");
    }

    @Test
    void printsAsItsCode() {
        assertThat(CountryCode.of("KZ")).hasToString("KZ");
    }
}
