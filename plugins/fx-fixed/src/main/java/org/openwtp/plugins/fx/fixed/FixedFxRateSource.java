package org.openwtp.plugins.fx.fixed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.pf4j.Extension;

/**
 * Exchange rates from a table the tenant configures, with an as-of date and a named source. A pair that
 * is neither in the table nor the inverse of a pair in it is unknown: the source never derives a cross
 * rate. See {@code docs/plugins/fx-fixed.md}.
 *
 * <p>Keeps only a cache of the last parsed configuration. Thread-safe.
 */
@Extension
public final class FixedFxRateSource implements FxRateSource {

    private record Cached(PluginConfig config, RateTable.Parsed parsed) {
    }

    private final AtomicReference<Cached> cache = new AtomicReference<>();

    /** Creates the extension; it needs nothing injected. */
    public FixedFxRateSource() {
    }

    @Override
    public List<ConfigField> configFields() {
        return FixedFxConfig.FIELDS;
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return parse(config).problems();
    }

    @Override
    public Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to, PluginContext context) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        RateTable.Parsed parsed = parse(context.config());
        if (parsed.table() == null) {
            throw new IllegalStateException("fx-fixed configuration is invalid for tenant " + context.tenantId() + ": " + parsed.problems());
        }
        return parsed.table().rate(from, to);
    }

    private RateTable.Parsed parse(PluginConfig config) {
        Cached cached = cache.get();
        if (cached != null && cached.config().equals(config)) {
            return cached.parsed();
        }
        RateTable.Parsed parsed = RateTable.parse(FixedFxConfig.value(config, FixedFxConfig.RATES),
                FixedFxConfig.value(config, FixedFxConfig.AS_OF), FixedFxConfig.value(config, FixedFxConfig.SOURCE));
        cache.set(new Cached(config, parsed));
        return parsed;
    }
}
