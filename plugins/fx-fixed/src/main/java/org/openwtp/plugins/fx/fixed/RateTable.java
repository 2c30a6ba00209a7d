package org.openwtp.plugins.fx.fixed;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;

/**
 * A parsed table of fixed exchange rates. Lookup rules:
 * <ol>
 *   <li>a currency into itself is 1;</li>
 *   <li>a pair written in the table ({@code EUR/RUB 98.50}: one EUR buys 98.50 RUB) is used as written;</li>
 *   <li>a pair whose inverse is written is {@code 1 / rate}, to 12 decimals (half even), as
 *       {@link ExchangeRate#inverse()} computes it; a pair written both ways uses the written direction;</li>
 *   <li>anything else is unknown: no cross rate through a third currency is ever derived.</li>
 * </ol>
 * Immutable and thread-safe.
 */
final class RateTable {

    /** The parsed table, or every problem found. */
    record Parsed(RateTable table, List<ConfigProblem> problems) {
    }

    private final Map<String, BigDecimal> rates;
    private final Instant asOf;
    private final String source;

    private RateTable(Map<String, BigDecimal> rates, Instant asOf, String source) {
        this.rates = Map.copyOf(rates);
        this.asOf = asOf;
        this.source = source;
    }

    /**
     * The rate for a pair under the rules above.
     *
     * @param from the currency converted from
     * @param to   the currency converted to
     * @return the rate, or empty if the table does not give it
     */
    Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to) {
        if (from.equals(to)) {
            return Optional.of(new ExchangeRate(from, to, BigDecimal.ONE, asOf, source + " (identity)"));
        }
        BigDecimal direct = rates.get(from.code() + "/" + to.code());
        if (direct != null) {
            return Optional.of(new ExchangeRate(from, to, direct, asOf, source));
        }
        BigDecimal reverse = rates.get(to.code() + "/" + from.code());
        if (reverse != null) {
            ExchangeRate inverse = new ExchangeRate(to, from, reverse, asOf, source).inverse();
            return Optional.of(new ExchangeRate(from, to, inverse.rate(), asOf, source + " (inverse of " + to + "/" + from + ")"));
        }
        return Optional.empty();
    }

    /**
     * Parses a configuration.
     *
     * @param ratesText  one {@code FROM/TO RATE} per line; blank lines and {@code #} comments ignored
     * @param asOfText   an ISO date ({@code 2025-09-01}, taken as 00:00 UTC) or instant
     * @param sourceText who published the figures
     * @return the table or the problems, each naming its field and line
     */
    static Parsed parse(String ratesText, String asOfText, String sourceText) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> rates = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = ratesText.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != 2 || !cells[0].matches("[A-Za-z]{3}/[A-Za-z]{3}")) {
                problems.add(problem(FixedFxConfig.RATES, n, "expected 'FROM/TO RATE' such as 'EUR/RUB 98.50', was '" + abbreviate(line) + "'"));
                continue;
            }
            CurrencyCode from;
            CurrencyCode to;
            try {
                from = CurrencyCode.of(cells[0].substring(0, 3));
                to = CurrencyCode.of(cells[0].substring(4));
            } catch (IllegalArgumentException e) {
                problems.add(problem(FixedFxConfig.RATES, n, e.getMessage()));
                continue;
            }
            if (from.equals(to)) {
                problems.add(problem(FixedFxConfig.RATES, n, from + "/" + to + " converts a currency into itself, which is always 1; remove the line"));
                continue;
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(cells[1]);
            } catch (NumberFormatException e) {
                problems.add(problem(FixedFxConfig.RATES, n, "the rate '" + abbreviate(cells[1]) + "' is not a decimal number such as 98.50"));
                continue;
            }
            if (rate.signum() <= 0) {
                problems.add(problem(FixedFxConfig.RATES, n, "the rate of " + from + "/" + to + " must be more than 0, was " + rate.toPlainString()));
                continue;
            }
            String pair = from + "/" + to;
            Integer earlier = lineOf.putIfAbsent(pair, n);
            if (earlier != null) {
                problems.add(problem(FixedFxConfig.RATES, n, pair + " is already given at line " + earlier));
                continue;
            }
            rates.put(pair, rate);
        }
        if (rates.isEmpty() && problems.isEmpty()) {
            problems.add(ConfigProblem.invalid(FixedFxConfig.RATES, "the table has no rates: add lines such as 'EUR/RUB 98.50'"));
        }
        Instant asOf = null;
        String trimmed = asOfText.trim();
        try {
            asOf = trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(trimmed);
        } catch (DateTimeException e) {
            problems.add(ConfigProblem.invalid(FixedFxConfig.AS_OF, "'" + abbreviate(trimmed)
                    + "' is not a date such as 2025-09-01 or an instant such as 2025-09-01T12:00:00Z"));
        }
        if (sourceText.isBlank()) {
            problems.add(ConfigProblem.invalid(FixedFxConfig.SOURCE, "name who published the rates, e.g. 'Bank of Russia official rates'"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new RateTable(rates, asOf, sourceText.strip()), List.of());
    }

    private static ConfigProblem problem(String field, int line, String message) {
        return ConfigProblem.invalid(field, field + " line " + line + ": " + message);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
