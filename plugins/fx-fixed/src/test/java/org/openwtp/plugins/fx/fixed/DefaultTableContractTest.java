package org.openwtp.plugins.fx.fixed;

import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.testkit.CurrencyPair;
import org.openwtp.testkit.FxRateSourceContract;

/** The SDK's FX contract against the default table. */
class DefaultTableContractTest extends FxRateSourceContract {

    @Override
    protected FxRateSource createFxRateSource() {
        return new FixedFxRateSource();
    }

    @Override
    protected CurrencyPair knownPair() {
        return CurrencyPair.of("EUR", "RUB");
    }
}
