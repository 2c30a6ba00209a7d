package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;

/**
 * The contract every {@link FxRateSource} keeps: known pairs have a positive, dated, attributed rate;
 * the identity pair is 1; unknown pairs are empty, never guessed.
 *
 * <pre>{@code
 * class FixedRatesContractTest extends FxRateSourceContract {
 *     protected FxRateSource createFxRateSource() { return new FixedRates(); }
 *     protected Map<String, String> configuration() { return Map.of("rates", "EUR/RUB 98.50\nEUR/CNY 7.80"); }
 *     protected CurrencyPair knownPair() { return CurrencyPair.of("EUR", "RUB"); }
 * }
 * }</pre>
 */
public abstract class FxRateSourceContract extends ExtensionContract<FxRateSource> {
    /** For subclasses. */
    protected FxRateSourceContract() {
    }

    /**
     * Creates the source under test.
     *
     * @return a new source
     */
    protected abstract FxRateSource createFxRateSource();

    /**
     * A pair the source has a rate for under {@link #configuration()}.
     *
     * @return the pair
     */
    protected abstract CurrencyPair knownPair();

    /**
     * A pair the source has no rate for: by default Icelandic króna to Paraguayan guaraní.
     *
     * @return the pair
     */
    protected CurrencyPair unknownPair() {
        return CurrencyPair.of("ISK", "PYG");
    }

    @Override
    protected final FxRateSource createExtension() {
        return createFxRateSource();
    }

    /**
     * The source under test.
     *
     * @return the source
     */
    protected final FxRateSource source() {
        return extension();
    }

    /** A known pair has a positive rate for exactly that pair, with an as-of time and a source. */
    @Test
    public void knownPairHasPositiveRateWithAsOfAndSource() {
        CurrencyPair pair = knownPair();
        ExchangeRate rate = rate(pair).orElseThrow(() -> new AssertionError("no rate for the known pair " + pair));
        assertThat(rate.base()).as("base of %s", pair).isEqualTo(pair.from());
        assertThat(rate.quote()).as("quote of %s", pair).isEqualTo(pair.to());
        assertThat(rate.rate().signum()).as("sign of the rate").isPositive();
        assertThat(rate.asOf()).as("asOf").isNotNull();
        assertThat(rate.source()).as("source").isNotBlank();
    }

    /** Converting a currency into itself is at rate 1. */
    @Test
    public void identityPairHasRateOne() {
        CurrencyPair pair = new CurrencyPair(knownPair().from(), knownPair().from());
        ExchangeRate rate = rate(pair).orElseThrow(() -> new AssertionError("no rate for the identity pair " + pair));
        assertThat(rate.rate()).isEqualByComparingTo(BigDecimal.ONE);
    }

    /** A pair the source does not know is empty: the source never guesses. */
    @Test
    public void unknownPairIsEmpty() {
        assertThat(rate(unknownPair())).as("rate for %s", unknownPair()).isEmpty();
    }

    /** Converting with a rate yields money in the quote currency, the amount times the rate. */
    @Test
    public void convertingWithTheRateGivesQuoteCurrency() {
        CurrencyPair pair = knownPair();
        ExchangeRate rate = rate(pair).orElseThrow(() -> new AssertionError("no rate for the known pair " + pair));
        Money hundred = Money.of(BigDecimal.valueOf(100), pair.from());
        Money converted = rate.convert(hundred, RoundingMode.HALF_EVEN);
        assertThat(converted.currency()).isEqualTo(pair.to());
        assertThat(converted.amount()).isEqualByComparingTo(
                BigDecimal.valueOf(100).multiply(rate.rate()).setScale(pair.to().exponent(), RoundingMode.HALF_EVEN));
        assertThat(converted.isNegative()).isFalse();
    }

    /** Asking twice gives the same rate. */
    @Test
    public void rateIsDeterministic() {
        assertThat(rate(knownPair())).isEqualTo(rate(knownPair()));
    }

    private Optional<ExchangeRate> rate(CurrencyPair pair) {
        Optional<ExchangeRate> rate;
        try {
            rate = source().rate(pair.from(), pair.to(), context());
        } catch (RuntimeException e) {
            throw new AssertionError("rate(" + pair + ") threw " + e + "; an unknown pair is Optional.empty()", e);
        }
        assertThat(rate).as("rate(%s) returned null instead of Optional.empty()", pair).isNotNull();
        return rate;
    }
}
