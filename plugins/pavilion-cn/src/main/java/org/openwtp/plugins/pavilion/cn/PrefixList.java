package org.openwtp.plugins.pavilion.cn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwtp.plugins.support.pavilion.TableFormatException;
import org.openwtp.sdk.trade.HsCode;

/**
 * A list of HS prefixes, such as the cross-border e-commerce positive list, parsed from text: prefixes
 * separated by spaces, commas or new lines; {@code #} starts a comment. Immutable and thread-safe.
 */
public final class PrefixList {

    private final List<String> prefixes;

    private PrefixList(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /**
     * Parses the text form.
     *
     * @param name the list's name for messages
     * @param text the prefixes
     * @return the list
     * @throws TableFormatException naming every bad line
     */
    public static PrefixList parse(String name, String text) {
        List<String> prefixes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            line = hash >= 0 ? line.substring(0, hash) : line;
            for (String token : line.split("[\\s,]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                String prefix = token.replace(".", "");
                if (!prefix.matches("[0-9]{2,10}")) {
                    problems.add("line " + (i + 1) + ": '" + token + "' must be 2 to 10 HS digits");
                } else {
                    prefixes.add(prefix);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException(name, problems);
        }
        return new PrefixList(prefixes);
    }

    /**
     * The longest prefix an HS code falls under.
     *
     * @param hsCode the code
     * @return the prefix, or empty if the code is not on the list
     */
    public Optional<String> match(HsCode hsCode) {
        return prefixes.stream().filter(hsCode::startsWith).max((a, b) -> Integer.compare(a.length(), b.length()));
    }
}
