package org.openwtp.plugins.support.pavilion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.plugins.support.text.TextTable;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * Currency units per IMF special drawing right (SDR), to choose between the UPU CN22 and CN23 forms.
 * Parsed from text with one {@code <ISO 4217 code> <units per SDR>} pair per line. Immutable and thread-safe.
 */
public final class SdrRates {

    /**
     * The pavilions' default table: the IMF's SDR valuation of 12 December 2025 (currency units per SDR; the IMF
     * publishes SDRs per currency unit, inverted here) and, for currencies outside the IMF's daily table, the Bank of
     * Russia's official rates of 13 December 2025. The same figures as carrier-post's default, so a pavilion and the
     * post choose the same form for the same parcel.
     */
    public static final String DEFAULT_TABLE = String.join("\n",
            "# currency  units per SDR; update from the IMF's daily SDR valuation",
            "USD 1.36682    # IMF, 2025-12-12: 1 USD = 0.731627 SDR",
            "EUR 1.16513    # IMF, 2025-12-12: 1 EUR = 0.858272 SDR",
            "CNY 9.64329    # IMF, 2025-12-12: 1 CNY = 0.103699 SDR",
            "MYR 5.60532    # IMF, 2025-12-12: 1 MYR = 0.178402 SDR",
            "RUB 108.9401   # Bank of Russia official rate, 2025-12-13",
            "KZT 710.54     # Bank of Russia, 2025-12-13: 108.9401 RUB per SDR / 15.3320 RUB per 100 KZT");

    private final Map<String, BigDecimal> unitsPerSdr;

    private SdrRates(Map<String, BigDecimal> unitsPerSdr) {
        this.unitsPerSdr = Map.copyOf(unitsPerSdr);
    }

    /**
     * Parses the text form.
     *
     * @param text e.g. {@code RUB 107.20} or {@code CNY 9.33}
     * @return the rates
     * @throws TableFormatException naming every bad line
     */
    public static SdrRates parse(String text) {
        Map<String, BigDecimal> rates = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (TextTable.Row row : TextTable.rows(text)) {
            String[] parts = row.cells().toArray(String[]::new);
            int lineNo = row.line();
            if (parts.length != 2) {
                problems.add("line " + lineNo + ": expected '<currency> <units per SDR>', e.g. 'CNY 9.33'");
                continue;
            }
            try {
                CurrencyCode.of(parts[0]);
            } catch (IllegalArgumentException e) {
                problems.add("line " + lineNo + ": " + e.getMessage());
                continue;
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(parts[1]);
            } catch (NumberFormatException e) {
                problems.add("line " + lineNo + ": '" + parts[1] + "' is not a decimal number");
                continue;
            }
            if (rate.signum() <= 0) {
                problems.add("line " + lineNo + ": units per SDR must be greater than zero");
                continue;
            }
            if (rates.put(parts[0], rate) != null) {
                problems.add("line " + lineNo + ": " + parts[0] + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException("SDR rates", problems);
        }
        return new SdrRates(rates);
    }

    /**
     * Converts money to SDR.
     *
     * @param money the amount
     * @return SDR with 4 decimals, or empty if the currency has no rate
     */
    public Optional<BigDecimal> toSdr(Money money) {
        BigDecimal rate = unitsPerSdr.get(money.currency().code());
        return rate == null ? Optional.empty() : Optional.of(money.amount().divide(rate, 4, RoundingMode.HALF_UP));
    }
}
