package org.openwtp.plugins.pavilion.ru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwtp.sdk.Reason;

class RussianRegistryNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "7707083893",   // PAO Sberbank
        "7736207543",   // OOO Yandex
        "7728168971",   // AO Alfa-Bank
        "7736050003",   // PAO Gazprom
        "500100732259"  // individual: the worked example of the 12-digit algorithm
    })
    void publishedInnsAreValid(String inn) {
        assertThat(RussianRegistryNumbers.innProblem(inn)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "7707083894,INVALID_CHECK_DIGIT",   // Sberbank with the last digit changed
        "7707083839,INVALID_CHECK_DIGIT",   // two digits swapped
        "500100732258,INVALID_CHECK_DIGIT", // 12th digit wrong
        "500100732269,INVALID_CHECK_DIGIT", // 11th digit wrong
        "770708389,INVALID_FORMAT",         // 9 digits
        "77070838931,INVALID_FORMAT",       // 11 digits
        "77070838A3,INVALID_FORMAT"
    })
    void brokenInnsAreRejectedWithTheReason(String inn, String code) {
        assertThat(RussianRegistryNumbers.innProblem(inn)).map(Reason::code).contains(code);
    }

    @Test
    void tenDigitInnNamesTheExpectedCheckDigit() {
        assertThat(RussianRegistryNumbers.innProblem("7707083894").orElseThrow().message()).contains("should be 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1027700132195", // PAO Sberbank
        "1027700229193", // OOO Yandex
        "1027700070518", // PAO Gazprom
        "1037739010891", // the calculator example of kontragent.info
        "1027700132240"  // first 12 digits leave remainder 10 modulo 11: the check digit is 0
    })
    void validOgrns(String ogrn) {
        assertThat(RussianRegistryNumbers.ogrnProblem(ogrn)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1027700132196,INVALID_CHECK_DIGIT",
        "1027700132241,INVALID_CHECK_DIGIT",
        "2027700132195,INVALID_FORMAT",   // 2 marks a later register entry (GRN), not an OGRN
        "3027700132195,INVALID_FORMAT",   // 3 starts an OGRNIP
        "102770013219,INVALID_FORMAT"
    })
    void invalidOgrns(String ogrn, String code) {
        assertThat(RussianRegistryNumbers.ogrnProblem(ogrn)).map(Reason::code).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "304500116000157", // the classic published OGRNIP example
        "316861700133226",
        "304500116000180"  // first 14 digits leave remainder 10 modulo 13: the check digit is 0
    })
    void validOgrnips(String ogrnip) {
        assertThat(RussianRegistryNumbers.ogrnipProblem(ogrnip)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "304500116000158,INVALID_CHECK_DIGIT",
        "304540934800022,INVALID_CHECK_DIGIT",
        "104500116000157,INVALID_FORMAT",
        "30450011600015,INVALID_FORMAT"
    })
    void invalidOgrnips(String ogrnip, String code) {
        assertThat(RussianRegistryNumbers.ogrnipProblem(ogrnip)).map(Reason::code).contains(code);
    }

    @Test
    void separatorsAreIgnored() {
        assertThat(RussianRegistryNumbers.normalize(" 7707-083 893 ")).isEqualTo("7707083893");
    }
}
