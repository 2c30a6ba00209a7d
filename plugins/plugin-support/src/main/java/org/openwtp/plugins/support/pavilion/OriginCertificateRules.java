package org.openwtp.plugins.support.pavilion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.plugins.support.text.TextTable;
import org.openwtp.sdk.geo.CountryCode;

/**
 * Which certificate-of-origin form goods of the pavilion's origin need for a destination, parsed from text
 * with one {@code <form> <country,country,...> # note} line per form, e.g.
 * {@code CT-1 AM,BY,KZ,KG,MD,TJ,UZ # CIS free trade area} (Russia) or {@code RCEP AU,JP,KR,NZ # RCEP} (China). Immutable and thread-safe.
 */
public final class OriginCertificateRules {

    /**
     * A form for a destination.
     *
     * @param form the form's name, e.g. {@code CT-1} or {@code FORM_E}
     * @param note why, e.g. the trade agreement
     */
    public record Form(String form, String note) {
    }

    private final Map<String, Form> byCountry;

    private OriginCertificateRules(Map<String, Form> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    /**
     * Parses the text form.
     *
     * @param text one form per line
     * @return the rules
     * @throws TableFormatException naming every bad line
     */
    public static OriginCertificateRules parse(String text) {
        Map<String, Form> byCountry = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (TextTable.Row row : TextTable.rows(text)) {
            int lineNo = row.line();
            String note = row.note();
            String[] parts = row.cells().toArray(String[]::new);
            if (parts.length != 2) {
                problems.add("line " + lineNo + ": expected '<form> <countries>', e.g. 'RCEP JP,KR'");
                continue;
            }
            if (!parts[0].matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
                problems.add("line " + lineNo + ": form name '" + parts[0] + "' must be letters, digits, '-' or '_'");
                continue;
            }
            for (String country : parts[1].split(",")) {
                try {
                    CountryCode.of(country.strip());
                } catch (IllegalArgumentException e) {
                    problems.add("line " + lineNo + ": " + e.getMessage());
                    continue;
                }
                if (byCountry.put(country.strip(), new Form(parts[0], note)) != null) {
                    problems.add("line " + lineNo + ": " + country.strip() + " already has a form");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException("origin certificates", problems);
        }
        return new OriginCertificateRules(byCountry);
    }

    /**
     * The form for a destination.
     *
     * @param destination the buyer's country
     * @return the form, or empty if none is needed
     */
    public Optional<Form> formFor(CountryCode destination) {
        return Optional.ofNullable(byCountry.get(destination.code()));
    }
}
