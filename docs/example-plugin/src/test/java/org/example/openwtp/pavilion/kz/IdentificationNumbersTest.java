package org.example.openwtp.pavilion.kz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;

class IdentificationNumbersTest {

    /** Published BINs: Halyk Bank's head office and branches, and python-stdnum's example (see the README). */
    @ParameterizedTest
    @ValueSource(strings = {"940140000385", "950341000052", "070941024691", "990140004654"})
    void realBinsAreValid(String bin) {
        assertThat(IdentificationNumbers.problems("BIN", bin)).isEmpty();
    }

    @Test
    void checkDigitFallsBackToSecondWeightsWhenFirstRemainderIsTen() {
        // 961141000023: weights 1..11 leave 10, weights 3..11,1,2 leave 3.
        assertThat(IdentificationNumbers.checkDigit("961141000023")).hasValue(3);
        assertThat(IdentificationNumbers.problems("BIN", "961141000023")).isEmpty();
    }

    @Test
    void elevenDigitsWhoseBothRemaindersAreTenHaveNoCheckDigit() {
        assertThat(IdentificationNumbers.checkDigit("94014000096")).isEmpty();
        assertThat(codes("BIN", "940140000960")).containsExactly("INVALID_CHECK_DIGIT");
    }

    @Test
    void iinOfAnIndividualEntrepreneurIsValid() {
        assertThat(IdentificationNumbers.problems("IIN", "900101300017")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "940140000386, INVALID_CHECK_DIGIT",   // last digit changed
            "941040000385, INVALID_CHECK_DIGIT",   // two digits swapped: still month 10, check digit catches it
            "94014000038,  WRONG_LENGTH",
            "9401400003850, WRONG_LENGTH",
            "94014000038A, NOT_DIGITS",
            "941340000385, INVALID_DATE",          // month 13
            "940170000385, INVALID_ENTITY_TYPE"    // digit 5 must be 4, 5 or 6
    })
    void invalidBinsAreRejectedWithOneReason(String bin, String code) {
        assertThat(codes("BIN", bin)).containsExactly(code);
    }

    @Test
    void otherSchemesAreNotVerified() {
        assertThat(codes("INN", "7707083893")).containsExactly("UNKNOWN_SCHEME");
    }

    @Test
    void normalizeDropsSpacesAndDashes() {
        assertThat(IdentificationNumbers.normalize(" 940 140-000 385 ")).isEqualTo("940140000385");
    }

    private static List<String> codes(String scheme, String number) {
        return IdentificationNumbers.problems(scheme, number).stream().map(Reason::code).toList();
    }
}
