package org.openwtp.testkit;

import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.testkit.fakes.FixedRates;

/** A correct FX source passes the whole {@link FxRateSourceContract}. */
class FixedRatesContractTest extends FxRateSourceContract {
    @Override
    protected FxRateSource createFxRateSource() {
        return new FixedRates();
    }

    @Override
    protected CurrencyPair knownPair() {
        return CurrencyPair.of("EUR", "RUB");
    }
}
