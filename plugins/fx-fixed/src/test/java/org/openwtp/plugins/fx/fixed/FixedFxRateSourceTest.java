package org.openwtp.plugins.fx.fixed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.testkit.TestingPluginContext;

class FixedFxRateSourceTest {

    private final FixedFxRateSource source = new FixedFxRateSource();
    private final TestingPluginContext context = TestingPluginContext.forExtension(source,
            Map.of("rates", "EUR/RUB 98.50\nEUR/CNY 7.80\n", "asOf", "2026-11-27", "source", "test table"));

    private static CurrencyCode c(String code) {
        return CurrencyCode.of(code);
    }

    @Test
    void aListedPairIsUsedAsWrittenWithItsDateAndSource() {
        ExchangeRate rate = source.rate(c("EUR"), c("RUB"), context).orElseThrow();
        assertThat(rate.rate()).isEqualByComparingTo("98.50");
        assertThat(rate.asOf()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(rate.source()).isEqualTo("test table");
        assertThat(rate.convert(Money.of("24.00", "EUR"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("2364.00", "RUB"));
    }

    @Test
    void theInverseOfAListedPairIsDerivedToTwelveDecimals() {
        ExchangeRate rate = source.rate(c("RUB"), c("EUR"), context).orElseThrow();
        assertThat(rate.base()).isEqualTo(c("RUB"));
        assertThat(rate.quote()).isEqualTo(c("EUR"));
        assertThat(rate.rate()).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("98.50"), 12, RoundingMode.HALF_EVEN));
        assertThat(rate.rate()).isEqualByComparingTo("0.010152284264");
        assertThat(rate.source()).contains("inverse of EUR/RUB");
        assertThat(rate.convert(Money.of("9850.00", "RUB"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("100.00", "EUR"));
    }

    @Test
    void aPairWrittenBothWaysUsesTheWrittenDirection() {
        TestingPluginContext both = TestingPluginContext.forExtension(source, Map.of("rates", "EUR/RUB 98.50\nRUB/EUR 0.0102\n"));
        assertThat(source.rate(c("RUB"), c("EUR"), both).orElseThrow().rate()).isEqualByComparingTo("0.0102");
    }

    @Test
    void crossRatesAreNeverGuessed() {
        // EUR/RUB and EUR/CNY are known, but RUB/CNY would be a cross rate through EUR
        assertThat(source.rate(c("RUB"), c("CNY"), context)).isEmpty();
        assertThat(source.rate(c("CNY"), c("RUB"), context)).isEmpty();
        assertThat(source.rate(c("USD"), c("EUR"), context)).isEmpty();
    }

    @Test
    void theIdentityPairIsOneEvenForCurrenciesNotInTheTable() {
        assertThat(source.rate(c("EUR"), c("EUR"), context).orElseThrow().rate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(source.rate(c("JPY"), c("JPY"), context).orElseThrow().rate()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void theDefaultsAreValidAndGiveTheCommonPairs() {
        TestingPluginContext defaults = TestingPluginContext.forExtension(source, Map.of());
        assertThat(source.validateConfig(source.configSchema().apply(Map.of()))).isEmpty();
        assertThat(source.rate(c("EUR"), c("RUB"), defaults)).isPresent();
        assertThat(source.rate(c("CNY"), c("EUR"), defaults)).isPresent();
        assertThat(source.rate(c("RUB"), c("MYR"), defaults)).isEmpty();
        assertThat(source.rate(c("EUR"), c("USD"), defaults).orElseThrow().asOf()).isEqualTo(Instant.parse("2025-12-13T00:00:00Z"));
    }

    @Test
    void theDefaultsAreTheBankOfRussiaRatesOfTheirDayAsPublished() {
        TestingPluginContext defaults = TestingPluginContext.forExtension(source, Map.of());
        assertThat(source.rate(c("USD"), c("RUB"), defaults).orElseThrow().rate()).isEqualByComparingTo("79.7296");
        assertThat(source.rate(c("EUR"), c("RUB"), defaults).orElseThrow().rate()).isEqualByComparingTo("93.5626");
        assertThat(source.rate(c("CNY"), c("RUB"), defaults).orElseThrow().rate()).isEqualByComparingTo("11.2726");
        ExchangeRate cross = source.rate(c("USD"), c("CNY"), defaults).orElseThrow();
        // 79.7296 / 11.2726 = 7.07287, rounded to 4 decimals; the source says the cross rates are derived
        assertThat(cross.rate()).isEqualByComparingTo("7.0729");
        assertThat(cross.source()).contains("Bank of Russia", "2025-12-13", "derived");
    }

    @Test
    void anInstantIsAcceptedAsTheAsOfTime() {
        TestingPluginContext instant = TestingPluginContext.forExtension(source, Map.of("rates", "EUR/RUB 98.50", "asOf", "2026-11-27T13:30:00Z"));
        assertThat(source.rate(c("EUR"), c("RUB"), instant).orElseThrow().asOf()).isEqualTo(Instant.parse("2026-11-27T13:30:00Z"));
    }

    @Test
    void configurationErrorsNameTheirLine() {
        List<ConfigProblem> problems = source.validateConfig(source.configSchema().apply(Map.of(
                "rates", String.join("\n",
                        "# reference rates",
                        "EUR/RUB 98.50",
                        "EUR/XXY 1.0",
                        "EUR/EUR 1",
                        "EUR/CNY -7.8",
                        "EUR/CNY seven",
                        "EUR/RUB 99.00",
                        "EURRUB 98.50",
                        "EUR/USD 1.17 extra"),
                "asOf", "27.11.2026",
                "source", " ")));
        assertThat(problems).extracting(ConfigProblem::message).containsExactly(
                "rates line 3: currency 'XXY' is not an ISO 4217 currency: use one such as EUR, CNY, RUB, USD",
                "rates line 4: EUR/EUR converts a currency into itself, which is always 1; remove the line",
                "rates line 5: the rate of EUR/CNY must be more than 0, was -7.8",
                "rates line 6: the rate 'seven' is not a decimal number such as 98.50",
                "rates line 7: EUR/RUB is already given at line 2",
                "rates line 8: expected 'FROM/TO RATE' such as 'EUR/RUB 98.50', was 'EURRUB 98.50'",
                "rates line 9: expected 'FROM/TO RATE' such as 'EUR/RUB 98.50', was 'EUR/USD 1.17 extra'",
                "'27.11.2026' is not a date such as 2025-09-01 or an instant such as 2025-09-01T12:00:00Z",
                "name who published the rates, e.g. 'Bank of Russia official rates'");
        assertThat(problems).extracting(ConfigProblem::field).containsOnly("rates", "asOf", "source");
    }

    @Test
    void anEmptyTableIsRefused() {
        assertThat(source.validateConfig(source.configSchema().apply(Map.of("rates", "# nothing yet\n"))))
                .extracting(ConfigProblem::message).containsExactly("the table has no rates: add lines such as 'EUR/RUB 98.50'");
    }
}
