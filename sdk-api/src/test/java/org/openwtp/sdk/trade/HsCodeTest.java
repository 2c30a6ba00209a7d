package org.openwtp.sdk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"040900", "04090000", "0409000000"})
    void acceptsSixToTenDigits(String digits) {
        assertThat(new HsCode(digits).digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04090", "04090000000", "0409.00", "04 09 00", "04090a", ""})
    void theConstructorRefusesAnythingElseWithAnExample(String digits) {
        assertThatThrownBy(() -> new HsCode(digits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HS code '" + digits + "' is not accepted: use 6 to 10 digits without dots or spaces, e.g. 040900");
    }

    @Test
    void ofIgnoresDotsAndSpacesAsPrintedInTariffs() {
        assertThat(HsCode.of("0409.00")).isEqualTo(new HsCode("040900"));
        assertThat(HsCode.of("0409 00 000 0")).isEqualTo(new HsCode("0409000000"));
    }

    @Test
    void ofStillRefusesTooFewDigitsAfterCleaning() {
        assertThatThrownBy(() -> HsCode.of("04.09")).hasMessageContaining("HS code '0409' is not accepted");
    }

    @Test
    void exposesChapterHeadingAndSubheading() {
        HsCode honey = HsCode.of("0409000000");

        assertThat(honey.chapter()).isEqualTo("04");
        assertThat(honey.heading()).isEqualTo("0409");
        assertThat(honey.subheading()).isEqualTo("040900");
        assertThat(honey.startsWith("0409")).isTrue();
        assertThat(honey.startsWith("0410")).isFalse();
        assertThat(honey).hasToString("0409000000");
    }
}
