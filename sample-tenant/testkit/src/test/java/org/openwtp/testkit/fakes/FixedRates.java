package org.openwtp.testkit.fakes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;

/** A tiny, correct FX source: rates from a configured table of {@code BASE/QUOTE rate} lines. */
public class FixedRates implements FxRateSource {
    @Override
    public List<ConfigField> configFields() {
        return List.of(
                ConfigField.withDefault("rates", ConfigFieldType.TEXT, "EUR/RUB 98.50\nEUR/CNY 7.85\nCNY/RUB 12.55", "one 'BASE/QUOTE rate' per line"),
                ConfigField.withDefault("asOf", ConfigFieldType.STRING, "2026-03-01", "the date the rates were fixed, ISO-8601"));
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String line : config.string("rates").split("\n")) {
            if (!line.isBlank() && !line.trim().matches("[A-Z]{3}/[A-Z]{3} [0-9]+(\\.[0-9]+)?")) {
                problems.add(ConfigProblem.invalid("rates", "line '" + line + "' is not 'BASE/QUOTE rate'"));
            }
        }
        return problems;
    }

    @Override
    public Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to, PluginContext context) {
        var asOf = LocalDate.parse(context.config().string("asOf")).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (from.equals(to)) {
            return Optional.of(new ExchangeRate(from, to, BigDecimal.ONE, asOf, "identity"));
        }
        for (String line : context.config().string("rates").split("\n")) {
            String[] parts = line.trim().split("[/ ]");
            if (parts.length == 3 && parts[0].equals(from.code()) && parts[1].equals(to.code())) {
                return Optional.of(new ExchangeRate(from, to, new BigDecimal(parts[2]), asOf, "fixed table"));
            }
        }
        return guess(from, to);
    }

    /**
     * What to answer for a pair not in the table.
     *
     * @param from base
     * @param to   quote
     * @return empty: the source never guesses
     */
    protected Optional<ExchangeRate> guess(CurrencyCode from, CurrencyCode to) {
        return Optional.empty();
    }
}
