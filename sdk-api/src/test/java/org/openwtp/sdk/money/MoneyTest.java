package org.openwtp.sdk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");
    private static final CurrencyCode JPY = CurrencyCode.of("JPY");
    private static final CurrencyCode KWD = CurrencyCode.of("KWD");

    @ParameterizedTest(name = "{0} {1} is {2} minor units")
    @CsvSource({
        "12.50, EUR, 1250",
        "12.5, EUR, 1250",
        "300, EUR, 30000",
        "0.01, EUR, 1",
        "-4.20, EUR, -420",
        "1500, JPY, 1500",
        "1500.00, JPY, 1500",
        "1.234, KWD, 1234",
        "7, KWD, 7000",
        "99.99, CNY, 9999",
    })
    void ofCountsMinorUnitsWithTheCurrencysExponent(String amount, String currency, long minorUnits) {
        Money money = Money.of(amount, currency);

        assertThat(money.minorUnits()).isEqualTo(minorUnits);
        assertThat(money.currency()).isEqualTo(CurrencyCode.of(currency));
    }

    @Test
    void amountHasExactlyTheCurrencysDecimals() {
        assertThat(Money.ofMinor(1250, "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.ofMinor(1500, "JPY").amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(Money.ofMinor(1234, "KWD").amount()).isEqualTo(new BigDecimal("1.234"));
        assertThat(Money.ofMinor(7, "KWD").amount()).isEqualTo(new BigDecimal("0.007"));
    }

    @Test
    void toStringPrintsAmountAndCurrency() {
        assertThat(Money.of("12.5", "EUR")).hasToString("12.50 EUR");
        assertThat(Money.of("1500", "JPY")).hasToString("1500 JPY");
        assertThat(Money.of("-0.5", "KWD")).hasToString("-0.500 KWD");
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
        "12.505, EUR, 2",
        "1500.5, JPY, 0",
        "1.2345, KWD, 3",
    })
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded(String amount, String currency, int decimals) {
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount " + amount + " " + currency + " is not accepted: " + currency + " has " + decimals
                        + " decimal places; round explicitly with Money.rounded");
    }

    @Test
    void trailingZerosBeyondTheExponentAreNotExtraDecimals() {
        assertThat(Money.of("12.5000", "EUR")).isEqualTo(Money.ofMinor(1250, "EUR"));
        assertThat(Money.of(new BigDecimal("1.2340"), KWD)).isEqualTo(Money.ofMinor(1234, "KWD"));
    }

    @Test
    void textThatIsNotADecimalIsRefusedWithWhatIsAccepted() {
        assertThatThrownBy(() -> Money.of("12,50", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount '12,50' is not a decimal number: use digits with an optional '.' such as 12.50");
    }

    @Test
    void anAmountBeyondALongOfMinorUnitsIsRefused() {
        assertThatThrownBy(() -> Money.of("92233720368547758.08", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount 92233720368547758.08 EUR is not accepted: it does not fit in a long of minor units");
        assertThat(Money.of("92233720368547758.07", "EUR").minorUnits()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void roundedAppliesTheGivenRoundingModeToTheCurrencysMinorUnit() {
        assertThat(Money.rounded(new BigDecimal("12.345"), EUR, RoundingMode.HALF_UP)).isEqualTo(Money.ofMinor(1235, "EUR"));
        assertThat(Money.rounded(new BigDecimal("12.345"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofMinor(1234, "EUR"));
        assertThat(Money.rounded(new BigDecimal("12.341"), EUR, RoundingMode.CEILING)).isEqualTo(Money.ofMinor(1235, "EUR"));
        assertThat(Money.rounded(new BigDecimal("1500.5"), JPY, RoundingMode.HALF_UP)).isEqualTo(Money.ofMinor(1501, "JPY"));
        assertThat(Money.rounded(new BigDecimal("1500.5"), JPY, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofMinor(1500, "JPY"));
        assertThat(Money.rounded(new BigDecimal("0.12345"), KWD, RoundingMode.DOWN)).isEqualTo(Money.ofMinor(123, "KWD"));
    }

    @Test
    void roundedWithUnnecessaryRefusesAnAmountThatNeedsRounding() {
        assertThatThrownBy(() -> Money.rounded(new BigDecimal("12.345"), EUR, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void plusAndMinusStayInTheCurrency() {
        Money a = Money.of("10.00", "EUR");
        Money b = Money.of("2.55", "EUR");

        assertThat(a.plus(b)).isEqualTo(Money.of("12.55", "EUR"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-7.45", "EUR"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.minus(a).isZero()).isTrue();
    }

    @Test
    void combiningDifferentCurrenciesIsRefusedWithAHint() {
        Money eur = Money.of("1", "EUR");
        Money cny = Money.of("1", "CNY");

        assertThatThrownBy(() -> eur.plus(cny))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine EUR with CNY: convert with an ExchangeRate first");
        assertThatThrownBy(() -> eur.minus(cny)).hasMessage("cannot combine EUR with CNY: convert with an ExchangeRate first");
        assertThatThrownBy(() -> eur.compareTo(cny)).hasMessage("cannot combine EUR with CNY: convert with an ExchangeRate first");
        assertThatThrownBy(() -> eur.isGreaterThan(cny)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticThatOverflowsALongThrowsInsteadOfWrapping() {
        Money max = new Money(Long.MAX_VALUE, EUR);
        Money min = new Money(Long.MIN_VALUE, EUR);

        assertThatThrownBy(() -> max.plus(Money.ofMinor(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.ofMinor(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(new BigDecimal("1.5"), RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void timesMultipliesByAQuantity() {
        assertThat(Money.of("4.99", "EUR").times(3)).isEqualTo(Money.of("14.97", "EUR"));
        assertThat(Money.of("4.99", "EUR").times(0).isZero()).isTrue();
    }

    @Test
    void timesByAFactorRoundsToAMinorUnit() {
        Money price = Money.of("10.01", "EUR");

        assertThat(price.times(new BigDecimal("0.15"), RoundingMode.HALF_UP)).isEqualTo(Money.of("1.50", "EUR"));
        assertThat(price.times(new BigDecimal("0.15"), RoundingMode.UP)).isEqualTo(Money.of("1.51", "EUR"));
    }

    @ParameterizedTest(name = "{1}% of {0} EUR with {2} is {3}")
    @CsvSource({
        "100.00, 9.1, HALF_UP, 9.10",
        "10.05, 10, HALF_UP, 1.01",
        "10.05, 10, HALF_EVEN, 1.00",
        "10.05, 10, HALF_DOWN, 1.00",
        "10.05, 10, DOWN, 1.00",
        "10.05, 10, UP, 1.01",
        "10.01, 20, CEILING, 2.01",
        "10.01, 20, FLOOR, 2.00",
        "-10.05, 10, HALF_UP, -1.01",
        "-10.05, 10, CEILING, -1.00",
        "-10.05, 10, FLOOR, -1.01",
    })
    void percentRoundsWithTheGivenMode(String amount, String percent, RoundingMode mode, String expected) {
        assertThat(Money.of(amount, "EUR").percent(new BigDecimal(percent), mode)).isEqualTo(Money.of(expected, "EUR"));
    }

    @Test
    void percentRoundsToTheCurrencysOwnMinorUnit() {
        assertThat(Money.of("1005", "JPY").percent(new BigDecimal("10"), RoundingMode.HALF_UP)).isEqualTo(Money.of("101", "JPY"));
        assertThat(Money.of("1.005", "KWD").percent(new BigDecimal("10"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.100", "KWD"));
    }

    @Test
    void percentWithUnnecessaryRoundingRefusesAFractionOfAMinorUnit() {
        assertThatThrownBy(() -> Money.of("10.05", "EUR").percent(BigDecimal.TEN, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(Money.of("2", "EUR").isGreaterThan(Money.of("1.99", "EUR"))).isTrue();
        assertThat(Money.of("2", "EUR").isGreaterThan(Money.of("2.00", "EUR"))).isFalse();
        assertThat(Money.of("1", "EUR")).isLessThan(Money.of("1.01", "EUR"));
    }

    @Test
    void equalityIsByMinorUnitsAndCurrency() {
        assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.ofMinor(1250, "EUR")).hasSameHashCodeAs(Money.ofMinor(1250, "EUR"));
        assertThat(Money.of("12.5", "EUR")).isNotEqualTo(Money.ofMinor(1250, "USD"));
        assertThat(Money.zero(KWD)).isEqualTo(Money.ofMinor(0, "KWD"));
    }

    @Test
    void aCurrencyIsRequired() {
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class).hasMessage("currency must not be null");
        assertThatThrownBy(() -> Money.rounded(null, EUR, RoundingMode.HALF_UP)).hasMessage("amount must not be null");
        assertThatThrownBy(() -> Money.of("1", "EUR").percent(null, RoundingMode.HALF_UP)).hasMessage("percent must not be null");
    }
}
