package org.example.openwtp.pavilion.kz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;
import org.openwtp.sdk.geo.CountryCode;

class EaeuPersonalImportsTest {
    /** EUR 200 and 31 kg duty-free, 15 % above, at least EUR 2 a kg above; 500 KZT a euro: norm KZT 100 000. */
    private final EaeuPersonalImports rule = new EaeuPersonalImports(new BigDecimal("200"), new BigDecimal("31"),
            new BigDecimal("15"), new BigDecimal("2"), new BigDecimal("500"));

    @Test
    void parcelWithinBothNormsPaysNothing() {
        ImportAssessment assessment = rule.assess(parcel("CN", "100000", "31"));
        assertThat(assessment.deMinimisApplied()).isTrue();
        assertThat(assessment.total().isZero()).isTrue();
    }

    @Test
    void valueAboveTheNormPaysFifteenPercentOfTheExcess() {
        ImportAssessment assessment = rule.assess(parcel("CN", "180000", "2"));
        assertThat(assessment.regime()).isEqualTo("EAEU_PERSONAL_USE");
        assertThat(assessment.total()).isEqualTo(Money.of("12000", "KZT"));   // 15 % of 80 000
    }

    @Test
    void weightAboveTheNormPaysTwoEurosAKilogram() {
        ImportAssessment assessment = rule.assess(parcel("DE", "50000", "36.5"));
        assertThat(assessment.total()).isEqualTo(Money.of("5500", "KZT"));    // 5.5 kg * EUR 2 * 500
    }

    @Test
    void aboveBothNormsTheLargerOfTheTwoIsDue() {
        // by value 15 % of 2 000 = 300; by weight 10 kg * EUR 2 * 500 = 10 000
        assertThat(rule.assess(parcel("CN", "102000", "41")).total()).isEqualTo(Money.of("10000", "KZT"));
    }

    @Test
    void goodsFromAnotherEaeuMemberCrossNoCustomsBorder() {
        ImportAssessment assessment = rule.assess(parcel("RU", "900000", "50"));
        assertThat(assessment.regime()).isEqualTo("EAEU_INTERNAL");
        assertThat(assessment.total().isZero()).isTrue();
    }

    private static ImportRequest parcel(String origin, String valueKzt, String grossKg) {
        CurrencyCode kzt = CurrencyCode.of("KZT");
        CustomsItem goods = new CustomsItem("goods", HsCode.of("851713"), CountryCode.of(origin), 1, Money.of(valueKzt, "KZT"),
                Weight.ofKilograms(grossKg));
        return new ImportRequest(CountryCode.of(origin), CountryCode.of("KZ"), "buyer-1", List.of(goods), Money.of("3000", "KZT"),
                Money.zero(kzt), Weight.ofKilograms(grossKg), Incoterm.DAP, kzt);
    }
}
