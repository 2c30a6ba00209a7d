package org.example.openwtp.pavilion.kz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.trade.HsCode;

/**
 * The export-compliance table a tenant configures: HS code prefixes that are blocked or need a
 * certificate. One rule a line, {@code prefix | BLOCK | why} or {@code prefix | CERTIFICATE | which};
 * blank lines and lines starting with {@code #} are ignored. The longest matching prefix wins.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExportControls {
    /** The table a tenant starts with; see the README for where each line comes from. */
    public static final String DEFAULT_TABLE = """
            # HS prefix | BLOCK or CERTIFICATE | reason, or the certificate needed
            93   | BLOCK       | arms and ammunition need an export licence and may not travel by post or courier
            2844 | BLOCK       | radioactive elements may not travel by post or courier
            9705 | CERTIFICATE | permit of the Ministry of Culture to export cultural valuables
            9706 | CERTIFICATE | permit of the Ministry of Culture to export cultural valuables
            """;

    private final List<Rule> rules;

    private ExportControls(List<Rule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt((Rule r) -> r.prefix().length()).reversed()).toList();
    }

    /**
     * Parses a table.
     *
     * @param table the configured text
     * @return the controls
     * @throws IllegalArgumentException naming the first line that does not parse
     */
    public static ExportControls parse(String table) {
        List<String> problems = problems(table);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        List<Rule> rules = new ArrayList<>();
        for (String line : table.lines().toList()) {
            if (!isComment(line)) {
                String[] cells = line.split("\\|", 3);
                rules.add(new Rule(cells[0].trim(), Action.valueOf(cells[1].trim()), cells[2].trim()));
            }
        }
        return new ExportControls(rules);
    }

    /**
     * Every line of a table that does not parse, for the configuration check.
     *
     * @param table the configured text
     * @return one message per bad line, empty if the table is good
     */
    public static List<String> problems(String table) {
        List<String> problems = new ArrayList<>();
        List<String> lines = table.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isComment(line)) {
                continue;
            }
            String[] cells = line.split("\\|", 3);
            if (cells.length != 3 || !cells[0].trim().matches("[0-9]{2,10}") || !cells[1].trim().matches("BLOCK|CERTIFICATE")
                    || cells[2].isBlank()) {
                problems.add("line " + (i + 1) + " '" + line.trim() + "' is not 'HS prefix (2 to 10 digits) | BLOCK or CERTIFICATE | text'");
            }
        }
        return problems;
    }

    /**
     * The decision on a product.
     *
     * @param hsCode       the product's HS code
     * @param certificates the certificates the seller attached
     * @return allowed, blocked with a reason, or needing a certificate
     */
    public ListingCheck check(HsCode hsCode, List<String> certificates) {
        Optional<Rule> rule = rules.stream().filter(r -> hsCode.startsWith(r.prefix())).findFirst();
        if (rule.isEmpty()) {
            return ListingCheck.allowed();
        }
        Rule match = rule.get();
        if (match.action() == Action.BLOCK) {
            return ListingCheck.blocked(List.of(Reason.of("EXPORT_PROHIBITED", "HS " + match.prefix() + ": " + match.text())));
        }
        if (certificates.contains(match.text())) {
            return ListingCheck.allowed();
        }
        return ListingCheck.needsCertificate(List.of(match.text()),
                List.of(Reason.of("CERTIFICATE_REQUIRED", "HS " + match.prefix() + " needs: " + match.text())));
    }

    private static boolean isComment(String line) {
        return line.isBlank() || line.trim().startsWith("#");
    }

    private enum Action { BLOCK, CERTIFICATE }

    private record Rule(String prefix, Action action, String text) {
    }
}
