package org.openwtp.plugins.pavilion.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;

class CbecImportRulesTest {

    private static final Money NOTHING_YET = Money.of("0", "CNY");

    private final CbecImportRules rules = new CbecImportRules(ChinesePavilionConfig.cbecSettings(PluginConfig.empty()));

    static CustomsItem item(String hs, int quantity, String unitValue, String unitKg) {
        return new CustomsItem("item " + hs, HsCode.of(hs), CountryCode.of("RU"), quantity, Money.of(unitValue, "CNY"), Weight.ofKilograms(unitKg));
    }

    static ImportRequest order(String buyer, String shipping, CustomsItem... items) {
        return new ImportRequest(CountryCode.of("RU"), CountryCode.of("CN"), buyer, List.of(items), Money.of(shipping, "CNY"),
                Money.of("0", "CNY"), Weight.ofKilograms("1"), Incoterm.DDP, CurrencyCode.of("CNY"));
    }

    @Test
    void honeyWithinTheLimitsPaysSeventyPercentOfNinePercentVat() {
        ImportAssessment result = rules.assess(order("buyer", "0", item("0409000000", 1, "200.00", "0.5")), NOTHING_YET);
        assertThat(result.regime()).isEqualTo("CBEC_RETAIL");
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("0.00", "CNY"));
        assertThat(result.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("12.60", "CNY")); // 200 x 9% x 70%
        assertThat(result.notes()).extracting(Reason::code).contains("ANNUAL_LIMIT_REMAINING", ImportAssessment.COLLECTED_AT_CHECKOUT);
        assertThat(result.collectedAtCheckout()).as("the platform withholds CBEC taxes at checkout").isTrue();
    }

    @Test
    void highEndCosmeticsPayTheKnownCompositeRateOf23Point06Percent() {
        // RMB 1,000 for 50 g = RMB 20 per g, above the RMB 10 per g of high-end cosmetics
        ImportAssessment result = rules.assess(order("buyer", "0", item("3304990000", 1, "1000.00", "0.05")), NOTHING_YET);
        assertThat(result.total(ChargeType.CONSUMPTION_TAX)).isEqualTo(Money.of("123.53", "CNY")); // 1000/0.85x15% x 70%
        assertThat(result.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("107.06", "CNY"));      // (1000+176.47)x13% x 70%
        assertThat(result.total()).isEqualTo(Money.of("230.59", "CNY"));
    }

    @Test
    void ordinaryCosmeticsPayNoConsumptionTax() {
        // RMB 100 for 200 g = RMB 0.50 per g
        ImportAssessment result = rules.assess(order("buyer", "0", item("3304990000", 1, "100.00", "0.2")), NOTHING_YET);
        assertThat(result.total(ChargeType.CONSUMPTION_TAX)).isEqualTo(Money.of("0.00", "CNY"));
        assertThat(result.total()).isEqualTo(Money.of("9.10", "CNY"));
    }

    @Test
    void exactlyRmb5000IncludingShippingStaysCbec() {
        ImportAssessment result = rules.assess(order("buyer", "100.00", item("3304990000", 2, "2450.00", "0.5")), NOTHING_YET);
        assertThat(result.regime()).isEqualTo("CBEC_RETAIL");
        assertThat(result.total()).isEqualTo(Money.of("455.00", "CNY")); // 5000 x 13% x 70%
    }

    @Test
    void oneFenOverRmb5000WithSeveralItemsIsOrdinaryTrade() {
        ImportAssessment result = rules.assess(order("buyer", "0", item("0409000000", 1, "2500.00", "1"), item("0409000000", 1, "2500.01", "1")), NOTHING_YET);
        assertThat(result.regime()).isEqualTo("GENERAL_TRADE");
        assertThat(result.notes()).extracting(Reason::code).contains("ORDER_LIMIT_EXCEEDED");
        assertThat(result.collectedAtCheckout()).as("ordinary trade: the recipient pays on delivery under DAP").isFalse();
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("750.00", "CNY")); // MFN 15% on honey
        assertThat(result.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("517.50", "CNY")); // 9% of value + duty
    }

    @Test
    void aSingleItemOverRmb5000GoesCbecWithFullTaxes() {
        ImportAssessment result = rules.assess(order("buyer", "0", item("0409000000", 1, "5000.01", "3")), NOTHING_YET);
        assertThat(result.regime()).isEqualTo("CBEC_FULL_TAX");
        assertThat(result.notes()).extracting(Reason::code).contains("SINGLE_ITEM_OVER_ORDER_LIMIT");
        assertThat(result.collectedAtCheckout()).as("still the CBEC channel: withheld by the platform").isTrue();
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("750.00", "CNY"));
        assertThat(result.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("517.50", "CNY"));
    }

    @Test
    void twoUnitsOfOneProductAreNotASingleItem() {
        assertThat(rules.assess(order("buyer", "0", item("0409000000", 2, "2500.01", "1")), NOTHING_YET).regime()).isEqualTo("GENERAL_TRADE");
    }

    @Test
    void theAnnualLimitIsReachedExactlyAtRmb26000() {
        ImportRequest request = order("buyer", "0", item("3304990000", 1, "5000.00", "0.5"));
        ImportAssessment atLimit = rules.assess(request, Money.of("21000.00", "CNY"));
        assertThat(atLimit.regime()).isEqualTo("CBEC_RETAIL");
        assertThat(atLimit.notes()).filteredOn(n -> n.code().equals("ANNUAL_LIMIT_REMAINING"))
                .extracting(Reason::message).singleElement().asString().contains("RMB 0.00 of the RMB 26000");
        ImportAssessment over = rules.assess(request, Money.of("21000.01", "CNY"));
        assertThat(over.regime()).isEqualTo("GENERAL_TRADE");
        assertThat(over.notes()).extracting(Reason::code).contains("ANNUAL_LIMIT_EXCEEDED");
    }

    @Test
    void aSingleItemOverTheOrderLimitStillNeedsRoomInTheYear() {
        assertThat(rules.assess(order("buyer", "0", item("0409000000", 1, "6000.00", "3")), Money.of("20000.01", "CNY")).regime())
                .isEqualTo("GENERAL_TRADE");
    }

    @Test
    void goodsOffThePositiveListAreOrdinaryTradeAndSmallTaxesAreWaived() {
        // laptop: DEFAULT duty 10% = 30.00 and VAT 13% of 330 = 42.90, both RMB 50 or less
        ImportAssessment result = rules.assess(order("buyer", "0", item("8471300000", 1, "300.00", "1.5")), NOTHING_YET);
        assertThat(result.regime()).isEqualTo("GENERAL_TRADE");
        assertThat(result.notes()).extracting(Reason::code).contains("NOT_ON_POSITIVE_LIST", "TAX_WAIVED");
        assertThat(result.total()).isEqualTo(Money.of("0.00", "CNY"));
    }

    @Test
    void taxesAboveRmb50AreNotWaived() {
        ImportAssessment result = rules.assess(order("buyer", "0", item("8471300000", 1, "510.00", "1.5")), NOTHING_YET);
        assertThat(result.total(ChargeType.DUTY)).isEqualTo(Money.of("51.00", "CNY"));
        assertThat(result.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("72.93", "CNY")); // 13% of 561
    }

    @Test
    void shippingIsSharedInProportionToValue() {
        ImportAssessment result = rules.assess(order("buyer", "40.00", item("0409000000", 1, "300.00", "1"), item("3304990000", 1, "100.00", "1")), NOTHING_YET);
        List<String> descriptions = new ArrayList<>();
        for (ImportCharge charge : result.charges()) {
            descriptions.add(charge.description());
        }
        assertThat(descriptions).anyMatch(d -> d.contains("dutiable value 330.00 CNY")).anyMatch(d -> d.contains("dutiable value 110.00 CNY"));
    }

    @Test
    void anAnonymousBuyerIsWarnedThatTheAnnualLimitIsNotTracked() {
        assertThat(rules.assess(order("", "0", item("0409000000", 1, "10.00", "1")), NOTHING_YET).notes())
                .extracting(Reason::code).contains("BUYER_NOT_IDENTIFIED");
    }
}
