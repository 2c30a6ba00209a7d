package org.openwtp.sdk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static final Instant AS_OF = Instant.parse("2026-11-27T00:00:00Z");

    private static ExchangeRate rate(String base, String quote, String rate) {
        return new ExchangeRate(CurrencyCode.of(base), CurrencyCode.of(quote), new BigDecimal(rate), AS_OF, "test table");
    }

    @Test
    void convertMultipliesAndRoundsToTheQuoteCurrency() {
        ExchangeRate eurCny = rate("EUR", "CNY", "7.8123");

        assertThat(eurCny.convert(Money.of("10.00", "EUR"), RoundingMode.HALF_UP)).isEqualTo(Money.of("78.12", "CNY"));
        assertThat(eurCny.convert(Money.of("10.00", "EUR"), RoundingMode.UP)).isEqualTo(Money.of("78.13", "CNY"));
    }

    @Test
    void convertRespectsTheQuoteCurrencysExponent() {
        assertThat(rate("EUR", "JPY", "161.237").convert(Money.of("10.00", "EUR"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("1612", "JPY"));
        assertThat(rate("USD", "KWD", "0.30712").convert(Money.of("100.00", "USD"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("30.712", "KWD"));
        assertThat(rate("JPY", "EUR", "0.0062").convert(Money.of("1500", "JPY"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("9.30", "EUR"));
    }

    @Test
    void convertRefusesMoneyInAnotherCurrency() {
        assertThatThrownBy(() -> rate("EUR", "CNY", "7.8").convert(Money.of("1", "USD"), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this rate converts EUR to CNY, not USD");
    }

    @Test
    void inverseSwapsTheCurrenciesAndKeepsTimeAndSource() {
        ExchangeRate inverse = rate("EUR", "CNY", "8").inverse();

        assertThat(inverse.base()).isEqualTo(CurrencyCode.of("CNY"));
        assertThat(inverse.quote()).isEqualTo(CurrencyCode.of("EUR"));
        assertThat(inverse.rate()).isEqualByComparingTo("0.125");
        assertThat(inverse.asOf()).isEqualTo(AS_OF);
        assertThat(inverse.source()).isEqualTo("test table");
    }

    @Test
    void inverseKeepsTwelveSignificantDigitsForSmallAndLargeRates() {
        assertThat(rate("EUR", "CNY", "3").inverse().rate()).isEqualTo(new BigDecimal("0.333333333333"));
        assertThat(rate("USD", "IDR", "16000").inverse().rate()).isEqualByComparingTo("0.0000625");
        assertThat(rate("USD", "IRR", "42000").inverse().rate()).isEqualTo(new BigDecimal("0.0000238095238095"));
    }

    @Test
    void convertingThereAndBackLandsWithinOneMinorUnit() {
        ExchangeRate usdIrr = rate("USD", "IRR", "42105.7");
        Money start = Money.of("1234.56", "USD");

        Money back = usdIrr.inverse().convert(usdIrr.convert(start, RoundingMode.HALF_EVEN), RoundingMode.HALF_EVEN);

        assertThat(Math.abs(back.minorUnits() - start.minorUnits())).isLessThanOrEqualTo(1);
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> rate("EUR", "CNY", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate EUR/CNY must be positive, was 0");
        assertThatThrownBy(() -> rate("EUR", "CNY", "-7.8")).hasMessage("rate EUR/CNY must be positive, was -7.8");
    }
}
