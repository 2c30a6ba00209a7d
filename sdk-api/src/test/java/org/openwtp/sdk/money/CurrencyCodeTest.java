package org.openwtp.sdk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    @ParameterizedTest(name = "{0} has {1} decimals")
    @CsvSource({"EUR, 2", "CNY, 2", "RUB, 2", "USD, 2", "JPY, 0", "KRW, 0", "KWD, 3", "BHD, 3"})
    void exponentIsTheIso4217MinorUnit(String code, int exponent) {
        assertThat(CurrencyCode.of(code).exponent()).isEqualTo(exponent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EU", "EURO", "E1R", ""})
    void malformedCodesAreRefusedWithTheAcceptedForm(String code) {
        assertThatThrownBy(() -> CurrencyCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency '" + code + "' is not accepted: use an ISO 4217 code of three upper-case letters, e.g. EUR, CNY, RUB");
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> CurrencyCode.of("ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency 'ABC' is not an ISO 4217 currency: use one such as EUR, CNY, RUB, USD");
    }

    @Test
    void codesWithoutMinorUnitsAreRefused() {
        assertThatThrownBy(() -> CurrencyCode.of("XAU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency 'XAU' has no minor units (a fund or metal code): use a circulating currency such as EUR, CNY, RUB, USD");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> new CurrencyCode(null)).isInstanceOf(NullPointerException.class).hasMessage("currency code must not be null");
    }

    @Test
    void printsAsItsCode() {
        assertThat(CurrencyCode.of("CNY")).hasToString("CNY");
    }
}
