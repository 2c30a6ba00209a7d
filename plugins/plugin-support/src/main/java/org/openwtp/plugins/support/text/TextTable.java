package org.openwtp.plugins.support.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a TEXT configuration table into numbered rows of whitespace-separated cells, skipping blank
 * lines and {@code #} comments, so every parse error can name its line; a row keeps its trailing comment as a
 * note (tables use it as the reason shown to users). Stateless and thread-safe.
 */
public final class TextTable {

    /**
     * One non-blank, non-comment line.
     *
     * @param line  its 1-based line number
     * @param cells its whitespace-separated cells, at least one
     * @param note  the text after its {@code #}, stripped; empty if none
     */
    public record Row(int line, List<String> cells, String note) {

        /**
         * Where a problem is, for a message.
         *
         * @param field the configuration field the table is in
         * @return e.g. {@code "rates line 4"}
         */
        public String where(String field) {
            return field + " line " + line;
        }
    }

    private TextTable() {
    }

    /**
     * The rows of a table.
     *
     * @param text the table, lines separated by any line break
     * @return its rows, in order
     */
    public static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String note = "";
            int hash = line.indexOf('#');
            if (hash >= 0) {
                note = line.substring(hash + 1).strip();
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                rows.add(new Row(i + 1, List.of(line.split("\\s+")), note));
            }
        }
        return rows;
    }
}
