package org.openwtp.sdk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;

class CustomsDeclarationTest {

    private static final CountryCode RU = CountryCode.of("RU");

    private static CustomsItem honey(int jars) {
        return new CustomsItem("natural buckwheat honey", HsCode.of("040900"), RU, jars, Money.of("8.50", "EUR"), Weight.ofGrams(500));
    }

    private static CustomsItem tea() {
        return new CustomsItem("ivan-chai herbal tea", HsCode.of("121190"), RU, 1, Money.of("4.00", "EUR"), Weight.ofGrams(120));
    }

    @Test
    void ofComputesTotalsFromTheLines() {
        CustomsDeclaration declaration = CustomsDeclaration.of(CustomsForm.CN22, ShipmentCategory.SALE_OF_GOODS, List.of(honey(3), tea()));

        assertThat(declaration.totalValue()).isEqualTo(Money.of("29.50", "EUR"));
        assertThat(declaration.totalWeight()).isEqualTo(Weight.ofGrams(1620));
    }

    @Test
    void aLineTotalsQuantityTimesUnitValueAndWeight() {
        assertThat(honey(3).totalValue()).isEqualTo(Money.of("25.50", "EUR"));
        assertThat(honey(3).totalWeight()).isEqualTo(Weight.ofGrams(1500));
    }

    @Test
    void totalsThatDoNotMatchTheLinesAreRefused() {
        List<CustomsItem> items = List.of(honey(3), tea());

        assertThatThrownBy(() -> new CustomsDeclaration(CustomsForm.CN23, ShipmentCategory.SALE_OF_GOODS, items,
                Money.of("29.00", "EUR"), Weight.ofGrams(1620)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total value 29.00 EUR does not match the items' sum 29.50 EUR");
        assertThatThrownBy(() -> new CustomsDeclaration(CustomsForm.CN23, ShipmentCategory.SALE_OF_GOODS, items,
                Money.of("29.50", "EUR"), Weight.ofGrams(1000)))
                .hasMessage("total weight 1.000 kg does not match the items' sum 1.620 kg");
    }

    @Test
    void linesInDifferentCurrenciesCannotBeTotalled() {
        CustomsItem inYuan = new CustomsItem("green tea", HsCode.of("090210"), CountryCode.of("CN"), 1, Money.of("30", "CNY"), Weight.ofGrams(100));

        assertThatThrownBy(() -> CustomsDeclaration.of(CustomsForm.CN22, ShipmentCategory.GIFT, List.of(honey(1), inYuan)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot combine EUR with CNY");
    }

    @Test
    void aDeclarationNeedsAtLeastOneLine() {
        assertThatThrownBy(() -> CustomsDeclaration.of(CustomsForm.CN22, ShipmentCategory.GIFT, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a customs declaration needs at least one item");
    }

    @Test
    void itemsAreCopied() {
        List<CustomsItem> items = new ArrayList<>(List.of(honey(1)));
        CustomsDeclaration declaration = CustomsDeclaration.of(CustomsForm.CN22, ShipmentCategory.GIFT, items);

        items.add(tea());

        assertThat(declaration.items()).hasSize(1);
        assertThatThrownBy(() -> declaration.items().add(tea())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLineRefusesBadQuantitiesValuesAndDescriptions() {
        assertThatThrownBy(() -> honey(0)).hasMessage("quantity must be 1 or more, was 0");
        assertThatThrownBy(() -> new CustomsItem("honey", HsCode.of("040900"), RU, 1, Money.of("-1", "EUR"), Weight.ofGrams(1)))
                .hasMessage("unit value must not be negative, was -1.00 EUR");
        assertThatThrownBy(() -> new CustomsItem(" ", HsCode.of("040900"), RU, 1, Money.of("1", "EUR"), Weight.ofGrams(1)))
                .hasMessage("customs description must be 1 to 200 characters");
        assertThatThrownBy(() -> new CustomsItem("x".repeat(201), HsCode.of("040900"), RU, 1, Money.of("1", "EUR"), Weight.ofGrams(1)))
                .hasMessage("customs description must be 1 to 200 characters");
    }
}
