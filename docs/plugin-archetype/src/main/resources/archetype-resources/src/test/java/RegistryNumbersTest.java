package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openwtp.sdk.Reason;

/** PLACEHOLDER numbers for the generic rule: use real, published registry numbers of your country. */
class RegistryNumbersTest {

    @Test
    void numberWithMatchingCheckDigitIsValid() {
        assertThat(RegistryNumbers.problems(RegistryNumbers.SCHEME, "4607001236")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "4607001237, INVALID_CHECK_DIGIT",
            "1234567890, INVALID_CHECK_DIGIT",   // the first nine digits have no check digit
            "460700123,  WRONG_LENGTH",
            "46070012A6, NOT_DIGITS"
    })
    void invalidNumbersAreRejectedWithOneReason(String number, String code) {
        assertThat(RegistryNumbers.problems(RegistryNumbers.SCHEME, number)).extracting(Reason::code).isEqualTo(List.of(code));
    }

    @Test
    void normalizeDropsSpacesAndDashes() {
        assertThat(RegistryNumbers.normalize("460-700 1236")).isEqualTo("4607001236");
    }
}
