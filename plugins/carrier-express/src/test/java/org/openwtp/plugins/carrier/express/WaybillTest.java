package org.openwtp.plugins.carrier.express;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WaybillTest {

    @Test
    void checkDigitIsTheSerialModuloSeven() {
        assertThat(Waybill.format("123456789")).isEqualTo("1234567891"); // 123456789 = 7 x 17636684 + 1
        assertThat(Waybill.format("000000007")).isEqualTo("0000000070");
        assertThat(Waybill.format("000000006")).isEqualTo("0000000066");
        assertThat(Waybill.isValid("1234567891")).isTrue();
        assertThat(Waybill.isValid("1234567892")).isFalse();
        assertThat(Waybill.isValid("123456789")).isFalse();
        assertThatThrownBy(() -> Waybill.checkDigit("12345678")).hasMessageContaining("9 digits");
    }
}
