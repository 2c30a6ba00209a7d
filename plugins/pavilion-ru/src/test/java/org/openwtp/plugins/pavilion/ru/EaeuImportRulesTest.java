package org.openwtp.plugins.pavilion.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;

/** The default rate is 89.27 RUB/EUR, so EUR 200 = RUB 17,854.00. */
class EaeuImportRulesTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 6, 30);
    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);

    private final EaeuImportRules rules = new EaeuImportRules(RussianPavilionConfig.importSettings(PluginConfig.empty()));

    static ImportRequest parcel(String origin, String valueRub, String kg) {
        return parcel(origin, valueRub, "0", kg);
    }

    static ImportRequest parcel(String origin, String valueRub, String shippingRub, String kg) {
        CustomsItem item = new CustomsItem("smartphone", HsCode.of("851713"), CountryCode.of(origin), 1, Money.of(valueRub, "RUB"), Weight.ofKilograms(kg));
        return new ImportRequest(CountryCode.of(origin), CountryCode.of("RU"), "buyer-1", List.of(item), Money.of(shippingRub, "RUB"),
                Money.of("0", "RUB"), Weight.ofKilograms(kg), Incoterm.DAP, CurrencyCode.of("RUB"));
    }

    @Test
    void exactlyEur200And31KgIsDutyFree() {
        ImportAssessment result = rules.assess(parcel("CN", "17854.00", "31.000"), BEFORE);
        assertThat(result.regime()).isEqualTo("DE_MINIMIS");
        assertThat(result.deMinimisApplied()).isTrue();
        assertThat(result.charges()).isEmpty();
        assertThat(result.notes()).extracting(Reason::code).containsExactly("REGIME_CHANGE_2026_07_01", "CLOSE_TO_DUTY_FREE_LIMIT");
    }

    @Test
    void oneKopeckOverEur200IsAssessedAtTheFlatRate() {
        ImportAssessment result = rules.assess(parcel("CN", "17854.01", "1"), BEFORE);
        assertThat(result.regime()).isEqualTo("PERSONAL_USE_FLAT_RATE");
        assertThat(result.deMinimisApplied()).isFalse();
        assertThat(result.total()).isEqualTo(Money.of("0.00", "RUB")); // 15% of 0.01 rounds to 0.00
    }

    @Test
    void fifteenPercentOfTheExcessValue() {
        ImportAssessment result = rules.assess(parcel("CN", "27854.00", "1"), BEFORE);
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("1500.00", "RUB"));
        assertThat(result.notes()).extracting(Reason::code).contains("DUTIES_ON_DELIVERY");
    }

    @Test
    void oneGramOver31KgCostsTwoEurosPerKilogramOfExcess() {
        ImportAssessment result = rules.assess(parcel("CN", "1000.00", "31.001"), BEFORE);
        assertThat(result.regime()).isEqualTo("PERSONAL_USE_FLAT_RATE");
        assertThat(result.total()).isEqualTo(Money.of("0.18", "RUB")); // 0.001 kg x EUR 2 x 89.27
    }

    @Test
    void theWeightMinimumWinsWhenItIsHigher() {
        // 15% of RUB 100 excess = 15.00; 10 kg excess x EUR 2 x 89.27 = 1785.40
        ImportAssessment result = rules.assess(parcel("CN", "17954.00", "41"), BEFORE);
        assertThat(result.total()).isEqualTo(Money.of("1785.40", "RUB"));
    }

    @Test
    void fromJuly2026TheEcommerceRegimeTaxesTheWholeValuePlusVat() {
        ImportAssessment result = rules.assess(parcel("CN", "20000.00", "2"), FROM);
        assertThat(result.regime()).isEqualTo("EAEU_ECOMMERCE");
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("1000.00", "RUB"));
        assertThat(result.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("4620.00", "RUB")); // 22% of 21,000
        assertThat(result.notes()).extracting(Reason::code).doesNotContain("REGIME_CHANGE_2026_07_01");
    }

    @Test
    void ecommerceDutyIsAtLeastOneEuroPerKilogram() {
        // 5% of 17,854.01 = 892.7005 vs 10 kg x EUR 1 x 89.27 = 892.70: value wins, rounds to 892.70
        ImportAssessment result = rules.assess(parcel("CN", "17854.01", "10"), FROM);
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("892.70", "RUB"));
        // 30 kg x 89.27 = 2678.10 beats 5% of 17,854.01
        assertThat(rules.assess(parcel("CN", "17854.01", "30"), FROM).total(ChargeType.DUTY)).isEqualTo(Money.of("2678.10", "RUB"));
    }

    @Test
    void exactlyEur200StaysDutyFreeUnderTheEcommerceRegime() {
        ImportAssessment result = rules.assess(parcel("CN", "17854.00", "5"), FROM);
        assertThat(result.deMinimisApplied()).isTrue();
    }

    @Test
    void parcelsFromAnotherEaeuMemberCrossNoCustomsBorder() {
        ImportAssessment result = rules.assess(parcel("KZ", "100000.00", "50"), FROM);
        assertThat(result.regime()).isEqualTo("EAEU_INTERNAL");
        assertThat(result.charges()).isEmpty();
    }

    @Test
    void aTenantCanKeepTheOldRegime() {
        EaeuImportRules old = new EaeuImportRules(RussianPavilionConfig.importSettings(PluginConfig.of(Map.of("importRegime", "PERSONAL_USE_2020"))));
        assertThat(old.assess(parcel("CN", "27854.00", "1"), FROM).regime()).isEqualTo("PERSONAL_USE_FLAT_RATE");
    }

    @Test
    void shippingCountsOnlyWhenConfigured() {
        ImportRequest request = parcel("CN", "17000.00", "854.01", "1");
        assertThat(rules.assess(request, BEFORE).deMinimisApplied()).isTrue();
        EaeuImportRules withShipping = new EaeuImportRules(RussianPavilionConfig.importSettings(PluginConfig.of(Map.of("includeShippingInValue", "true"))));
        assertThat(withShipping.assess(request, BEFORE).deMinimisApplied()).isFalse();
    }
}
