package org.openwtp.plugins.carrier.post;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a TEXT configuration table into numbered rows of whitespace-separated cells, skipping blank
 * lines and {@code #} comments, so every parse error can name its line. Stateless and thread-safe.
 */
final class TextTable {

    /** One non-blank, non-comment line. */
    record Row(int line, List<String> cells) {
        String where(String field) {
            return field + " line " + line;
        }
    }

    private TextTable() {
    }

    static List<Row> rows(String text) {
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
