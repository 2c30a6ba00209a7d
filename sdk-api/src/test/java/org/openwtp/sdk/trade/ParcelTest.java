package org.openwtp.sdk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParcelTest {

    @Test
    void weightParsesKilogramsToGrams() {
        assertThat(Weight.ofKilograms("1.25")).isEqualTo(Weight.ofGrams(1250));
        assertThat(Weight.ofKilograms("0.001").grams()).isEqualTo(1);
        assertThat(Weight.ofGrams(1250).kilograms()).isEqualTo(new BigDecimal("1.250"));
        assertThat(Weight.ofGrams(1250)).hasToString("1.250 kg");
    }

    @Test
    void weightRefusesFractionsOfAGramAndNegativeWeights() {
        assertThatThrownBy(() -> Weight.ofKilograms("1.2345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight '1.2345' kg is not accepted: use a decimal with at most 3 places");
        assertThatThrownBy(() -> Weight.ofKilograms("heavy")).hasMessage("weight 'heavy' kg is not accepted: use a decimal with at most 3 places");
        assertThatThrownBy(() -> Weight.ofGrams(-1)).hasMessage("weight must be zero or more grams, was -1");
    }

    @Test
    void weightsAddAndCompare() {
        assertThat(Weight.ofGrams(200).plus(Weight.ofGrams(300))).isEqualTo(Weight.ofGrams(500));
        assertThat(Weight.ofGrams(200).max(Weight.ofGrams(300))).isEqualTo(Weight.ofGrams(300));
        assertThat(Weight.ofGrams(200)).isLessThan(Weight.ofGrams(201));
    }

    @Test
    void dimensionsInCentimetresAreStoredInMillimetres() {
        Dimensions box = Dimensions.ofCentimetres(30, 20, 10);

        assertThat(box).isEqualTo(new Dimensions(300, 200, 100));
        assertThat(box.volumeCm3()).isEqualTo(6000);
        assertThat(box.longestSideMm()).isEqualTo(300);
        assertThat(box.lengthPlusGirthMm()).isEqualTo(300 + 2 * (200 + 100));
    }

    @Test
    void volumeRoundsPartialCubicCentimetresUp() {
        assertThat(new Dimensions(1, 1, 1).volumeCm3()).isEqualTo(1);
        assertThat(new Dimensions(101, 100, 100).volumeCm3()).isEqualTo(1010);
        assertThat(new Dimensions(105, 105, 105).volumeCm3()).isEqualTo(1158); // 1157.625 cm3
    }

    @Test
    void girthUsesTheLongestSideAsLengthWhateverTheOrder() {
        assertThat(new Dimensions(100, 400, 200).lengthPlusGirthMm()).isEqualTo(400 + 2 * (100 + 200));
    }

    @Test
    void dimensionsRefuseSidesOutsideOneMillimetreToTenMetres() {
        assertThatThrownBy(() -> new Dimensions(0, 10, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("length must be 1 to 10000 mm, was 0");
        assertThatThrownBy(() -> new Dimensions(10, 10_001, 10)).hasMessage("width must be 1 to 10000 mm, was 10001");
        assertThatThrownBy(() -> Dimensions.ofCentimetres(10, 10, 1001)).hasMessage("height must be 1 to 1000 cm, was 1001");
        assertThatThrownBy(() -> Dimensions.ofCentimetres(Integer.MAX_VALUE, 10, 10)).hasMessage("length must be 1 to 1000 cm, was 2147483647");
    }

    @ParameterizedTest(name = "{0}x{1}x{2} cm with divisor {3} weighs {4} g volumetrically")
    @CsvSource({
        "30, 20, 10, 5000, 1200",
        "30, 20, 10, 6000, 1000",
        "40, 30, 20, 5000, 4800",
        "40, 30, 20, 6000, 4000",
        "10, 10, 10, 6000, 167",
        "10, 10, 10, 5000, 200",
        "33, 33, 33, 6000, 5990",
    })
    void volumetricWeightIsVolumeOverDivisorRoundedUpToTheGram(int l, int w, int h, int divisor, long grams) {
        Parcel parcel = new Parcel(Weight.ofGrams(100), Dimensions.ofCentimetres(l, w, h));

        assertThat(parcel.volumetricWeight(divisor)).isEqualTo(Weight.ofGrams(grams));
    }

    @Test
    void aTinyBoxStillHasAVolumetricWeightOfOneGram() {
        Parcel parcel = new Parcel(Weight.ofGrams(5), new Dimensions(1, 1, 1));

        assertThat(parcel.volumetricWeight(5000)).isEqualTo(Weight.ofGrams(1));
    }

    @Test
    void chargeableWeightIsTheLargerOfActualAndVolumetric() {
        Parcel lightAndBulky = new Parcel(Weight.ofKilograms("0.8"), Dimensions.ofCentimetres(30, 20, 10));
        Parcel heavyAndSmall = new Parcel(Weight.ofKilograms("2.5"), Dimensions.ofCentimetres(30, 20, 10));

        assertThat(lightAndBulky.chargeableWeight(5000)).isEqualTo(Weight.ofGrams(1200));
        assertThat(lightAndBulky.chargeableWeight(6000)).isEqualTo(Weight.ofGrams(1000));
        assertThat(heavyAndSmall.chargeableWeight(5000)).isEqualTo(Weight.ofGrams(2500));
    }

    @Test
    void divisorMustBeBetweenOneAndTenThousand() {
        Parcel parcel = new Parcel(Weight.ofGrams(100), Dimensions.ofCentimetres(10, 10, 10));

        assertThatThrownBy(() -> parcel.volumetricWeight(999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("volumetric divisor must be 1000 to 10000 cm3/kg, was 999");
        assertThatThrownBy(() -> parcel.chargeableWeight(10_001)).hasMessage("volumetric divisor must be 1000 to 10000 cm3/kg, was 10001");
    }

    @Test
    void aParcelMustWeighSomething() {
        assertThatThrownBy(() -> new Parcel(Weight.ofGrams(0), Dimensions.ofCentimetres(10, 10, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a parcel must weigh more than 0 g");
    }
}
