package org.openwtp.plugins.support.pavilion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openwtp.plugins.support.text.TextTable;
import org.openwtp.sdk.trade.HsCode;

/**
 * Export-compliance rules by HS prefix, parsed from text with one rule per line:
 *
 * <pre>
 * # prefix  action              certificates (comma separated)      # note
 * 0409      NEEDS_CERTIFICATE   VETERINARY_CERTIFICATE              # natural honey
 * 93        BLOCKED                                                 # arms and ammunition
 * </pre>
 *
 * <p>The longest matching prefix decides; codes no rule matches are allowed. Immutable and thread-safe.
 */
public final class ExportRuleTable {

    private final List<ExportRule> rules;

    private ExportRuleTable(List<ExportRule> rules) {
        List<ExportRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt((ExportRule r) -> r.prefix().length()).reversed());
        this.rules = List.copyOf(sorted);
    }

    /**
     * A table of rules.
     *
     * @param rules the rules, prefixes unique
     * @return the table
     */
    public static ExportRuleTable of(List<ExportRule> rules) {
        return new ExportRuleTable(rules);
    }

    /**
     * Parses the text form.
     *
     * @param text one rule per line; blank lines and lines starting with {@code #} are ignored
     * @return the table
     * @throws TableFormatException naming every bad line
     */
    public static ExportRuleTable parse(String text) {
        List<ExportRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        for (TextTable.Row row : TextTable.rows(text)) {
            int lineNo = row.line();
            String note = row.note();
            String[] parts = row.cells().toArray(String[]::new);
            String prefix = parts[0].replace(".", "");
            if (!prefix.matches("[0-9]{2,10}")) {
                problems.add("line " + lineNo + ": HS prefix '" + parts[0] + "' must be 2 to 10 digits, e.g. 0409 or 93");
                continue;
            }
            if (parts.length < 2) {
                problems.add("line " + lineNo + ": missing action after " + prefix + "; use ALLOWED, BLOCKED or NEEDS_CERTIFICATE");
                continue;
            }
            ExportRule.Action action;
            try {
                action = ExportRule.Action.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("line " + lineNo + ": unknown action '" + parts[1] + "'; use ALLOWED, BLOCKED or NEEDS_CERTIFICATE");
                continue;
            }
            List<String> certificates = new ArrayList<>();
            for (int p = 2; p < parts.length; p++) {
                for (String cert : parts[p].split(",")) {
                    if (!cert.isBlank()) {
                        certificates.add(cert.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
            if (action == ExportRule.Action.NEEDS_CERTIFICATE && certificates.isEmpty()) {
                problems.add("line " + lineNo + ": NEEDS_CERTIFICATE must name at least one certificate, e.g. VETERINARY_CERTIFICATE");
                continue;
            }
            if (action != ExportRule.Action.NEEDS_CERTIFICATE && !certificates.isEmpty()) {
                problems.add("line " + lineNo + ": " + action + " takes no certificates; put an explanation after '#'");
                continue;
            }
            Optional<String> badCert = certificates.stream().filter(c -> !c.matches("[A-Z][A-Z0-9_]{1,63}")).findFirst();
            if (badCert.isPresent()) {
                problems.add("line " + lineNo + ": certificate name '" + badCert.get() + "' must be upper-case letters, digits and underscores");
                continue;
            }
            if (!prefixes.add(prefix)) {
                problems.add("line " + lineNo + ": prefix " + prefix + " is listed twice");
                continue;
            }
            rules.add(new ExportRule(prefix, action, certificates, note));
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException("export rules", problems);
        }
        return new ExportRuleTable(rules);
    }

    /**
     * The rule for an HS code: the one with the longest matching prefix.
     *
     * @param hsCode the code
     * @return the rule, or empty if none matches (allowed)
     */
    public Optional<ExportRule> ruleFor(HsCode hsCode) {
        return rules.stream().filter(r -> hsCode.startsWith(r.prefix())).findFirst();
    }

    /**
     * Every rule, longest prefix first.
     *
     * @return the rules
     */
    public List<ExportRule> rules() {
        return rules;
    }
}
