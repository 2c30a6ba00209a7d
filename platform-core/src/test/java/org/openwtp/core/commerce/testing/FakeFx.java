package org.openwtp.core.commerce.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;

/** Rates from a table (both directions must be added explicitly). Thread-safe. */
public final class FakeFx implements FxRateSource {

    /** The as-of time of every rate. */
    public static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();

    /**
     * Adds a rate.
     *
     * @param from base
     * @param to   quote
     * @param rate units of quote per base
     * @return this
     */
    public FakeFx rate(String from, String to, String rate) {
        rates.put(from + "/" + to, new BigDecimal(rate));
        return this;
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to, PluginContext context) {
        BigDecimal r = rates.get(from + "/" + to);
        return r == null ? Optional.empty() : Optional.of(new ExchangeRate(from, to, r, AS_OF, "test table"));
    }
}
