package org.openwtp.sdk.fx;

import java.util.Optional;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;

/**
 * Exchange rates used at checkout. A source that does not know a pair says so; it never guesses.
 * Implementations are thread-safe.
 */
public interface FxRateSource extends ConfigurableExtension {

    /**
     * The rate to convert from one currency to another.
     *
     * @param from    the currency converted from
     * @param to      the currency converted to
     * @param context the call context
     * @return the rate with its as-of time, or empty if the source has none for the pair; a currency
     *         converted into itself always has rate 1
     */
    Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to, PluginContext context);
}
