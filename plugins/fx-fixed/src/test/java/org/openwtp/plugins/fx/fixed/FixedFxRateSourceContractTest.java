package org.openwtp.plugins.fx.fixed;

import java.util.Map;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.testkit.CurrencyPair;
import org.openwtp.testkit.FxRateSourceContract;

/** The SDK's FX contract against a configured table, with an inverse pair as the known pair. */
class FixedFxRateSourceContractTest extends FxRateSourceContract {

    @Override
    protected FxRateSource createFxRateSource() {
        return new FixedFxRateSource();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("rates", "EUR/RUB 98.50\nEUR/CNY 7.80\n", "asOf", "2026-11-27", "source", "contract table");
    }

    @Override
    protected CurrencyPair knownPair() {
        return CurrencyPair.of("RUB", "EUR");
    }

    @Override
    protected CurrencyPair unknownPair() {
        return CurrencyPair.of("RUB", "CNY");
    }
}
