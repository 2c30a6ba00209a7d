package org.openwtp.plugins.support.carrier;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a TEXT configuration table into numbered rows of whitespace-separated cells, skipping blank
 * lines and {@code #} comments, so every parse error can name its line. Stateless and thread-safe.
 */
public final class TextTable {

    /** One non-blank, non-comment line. */
    public record Row(int line, List<String> cells) {
        public String where(String field) {
            return field + " line " + line;
        }
    }

    private TextTable() {
    }

    public static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                rows.add(new Row(i + 1, List.of(line.split("\\s+"))));
            }
        }
        return rows;
    }
}
