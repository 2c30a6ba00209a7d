package org.openwtp.plugins.pavilion.cn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openwtp.plugins.support.pavilion.TableFormatException;
import org.openwtp.plugins.support.text.TextTable;
import org.openwtp.sdk.trade.HsCode;

/**
 * Tax or duty rates by HS prefix, parsed from text with one rule per line:
 *
 * <pre>
 * # prefix|DEFAULT  percent  [MIN_PER_KG=amount] [MIN_PER_UNIT=amount]  # note
 * DEFAULT           13
 * 0409              9                                                   # natural honey
 * 3304              15       MIN_PER_KG=10000                           # high-end cosmetics only
 * </pre>
 *
 * <p>The longest matching prefix decides; {@code DEFAULT} applies when none matches. A rule with a
 * minimum applies only to goods whose unit value reaches it (per kilogram of net weight or per unit, in
 * the assessment's currency); below it the rate is zero. Immutable and thread-safe.
 */
public final class RateTable {

    /**
     * One rate.
     *
     * @param prefix     HS digits, or {@code DEFAULT}
     * @param percent    the rate in percent
     * @param minPerKg   the unit value per kg from which the rate applies, or empty
     * @param minPerUnit the unit value from which the rate applies, or empty
     * @param note       why, may be empty
     */
    public record Rate(String prefix, BigDecimal percent, Optional<BigDecimal> minPerKg, Optional<BigDecimal> minPerUnit, String note) {

        /** Validates the rate. */
        public Rate {
            Objects.requireNonNull(prefix, "prefix must not be null");
            Objects.requireNonNull(percent, "percent must not be null");
            if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) >= 0) {
                throw new IllegalArgumentException("rate must be at least 0 and below 100 percent, was " + percent.toPlainString());
            }
            Objects.requireNonNull(minPerKg, "minPerKg must not be null");
            Objects.requireNonNull(minPerUnit, "minPerUnit must not be null");
            Objects.requireNonNull(note, "note must not be null");
        }

        /**
         * Whether the rate applies to goods of a unit value and weight.
         *
         * @param unitValue the value of one unit
         * @param unitKg    the net weight of one unit in kg
         * @return false if the goods stay under a minimum
         */
        public boolean appliesTo(BigDecimal unitValue, BigDecimal unitKg) {
            if (minPerUnit.isPresent() && unitValue.compareTo(minPerUnit.get()) < 0) {
                return false;
            }
            if (minPerKg.isPresent()) {
                if (unitKg.signum() == 0) {
                    return true;
                }
                return unitValue.compareTo(minPerKg.get().multiply(unitKg)) >= 0;
            }
            return true;
        }
    }

    private final String name;
    private final List<Rate> rates;
    private final Optional<Rate> fallback;

    private RateTable(String name, List<Rate> rates, Optional<Rate> fallback) {
        this.name = name;
        List<Rate> sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.comparingInt((Rate r) -> r.prefix().length()).reversed());
        this.rates = List.copyOf(sorted);
        this.fallback = fallback;
    }

    /**
     * Parses the text form.
     *
     * @param name            the table's name for messages, e.g. {@code VAT rates}
     * @param text            one rate per line
     * @param requireFallback whether a {@code DEFAULT} line is required
     * @return the table
     * @throws TableFormatException naming every bad line
     */
    public static RateTable parse(String name, String text, boolean requireFallback) {
        List<Rate> rates = new ArrayList<>();
        Rate fallback = null;
        List<String> problems = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        for (TextTable.Row row : TextTable.rows(text)) {
            int lineNo = row.line();
            String note = row.note();
            String[] parts = row.cells().toArray(String[]::new);
            String prefix = parts[0].replace(".", "").toUpperCase(Locale.ROOT);
            if (!prefix.equals("DEFAULT") && !prefix.matches("[0-9]{2,10}")) {
                problems.add("line " + lineNo + ": '" + parts[0] + "' must be 2 to 10 HS digits or DEFAULT");
                continue;
            }
            if (parts.length < 2) {
                problems.add("line " + lineNo + ": missing the rate in percent after " + prefix);
                continue;
            }
            BigDecimal percent;
            try {
                percent = new BigDecimal(parts[1].replace("%", ""));
            } catch (NumberFormatException e) {
                problems.add("line " + lineNo + ": rate '" + parts[1] + "' is not a number of percent such as 13 or 9.5");
                continue;
            }
            if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) >= 0) {
                problems.add("line " + lineNo + ": rate " + percent.toPlainString() + "% must be at least 0 and below 100");
                continue;
            }
            Optional<BigDecimal> minPerKg = Optional.empty();
            Optional<BigDecimal> minPerUnit = Optional.empty();
            boolean bad = false;
            for (int p = 2; p < parts.length && !bad; p++) {
                String[] option = parts[p].split("=", 2);
                String key = option[0].toUpperCase(Locale.ROOT);
                if (option.length != 2 || !(key.equals("MIN_PER_KG") || key.equals("MIN_PER_UNIT"))) {
                    problems.add("line " + lineNo + ": unknown option '" + parts[p] + "'; use MIN_PER_KG=<amount> or MIN_PER_UNIT=<amount>");
                    bad = true;
                    continue;
                }
                try {
                    BigDecimal amount = new BigDecimal(option[1]);
                    if (amount.signum() < 0) {
                        throw new NumberFormatException();
                    }
                    if (key.equals("MIN_PER_KG")) {
                        minPerKg = Optional.of(amount);
                    } else {
                        minPerUnit = Optional.of(amount);
                    }
                } catch (NumberFormatException e) {
                    problems.add("line " + lineNo + ": " + key + " needs an amount of zero or more, was '" + option[1] + "'");
                    bad = true;
                }
            }
            if (bad) {
                continue;
            }
            if (!prefixes.add(prefix)) {
                problems.add("line " + lineNo + ": " + prefix + " is listed twice");
                continue;
            }
            Rate rate = new Rate(prefix, percent, minPerKg, minPerUnit, note);
            if (prefix.equals("DEFAULT")) {
                fallback = rate;
            } else {
                rates.add(rate);
            }
        }
        if (requireFallback && fallback == null && problems.isEmpty()) {
            problems.add("line " + text.split("\\R", -1).length + ": add a 'DEFAULT <percent>' line for goods no prefix matches");
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException(name, problems);
        }
        return new RateTable(name, rates, Optional.ofNullable(fallback));
    }

    /**
     * The rate for an HS code.
     *
     * @param hsCode the code
     * @return the longest-prefix rate, the DEFAULT one, or empty
     */
    public Optional<Rate> rateFor(HsCode hsCode) {
        return rates.stream().filter(r -> hsCode.startsWith(r.prefix())).findFirst().or(() -> fallback);
    }

    /**
     * The table's name.
     *
     * @return e.g. {@code VAT rates}
     */
    public String name() {
        return name;
    }
}
