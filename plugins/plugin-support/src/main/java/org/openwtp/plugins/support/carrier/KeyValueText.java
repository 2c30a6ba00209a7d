package org.openwtp.plugins.support.carrier;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A tiny, deterministic text format for flat records: one {@code key=value} per line, keys sorted,
 * values escaped so that any text (newlines, {@code =}, backslashes, any Unicode) survives a round trip.
 * Used for shipment records in the key-value store and for tracking webhook bodies.
 *
 * <p>Escapes in values: {@code \\} for a backslash, {@code \n} for a line feed, {@code \r} for a
 * carriage return. Keys are letters, digits, dots, dashes and underscores. Blank lines and lines starting
 * with {@code #} are ignored when reading. Thread-safe (stateless).
 */
final class KeyValueText {

    private KeyValueText() {
    }

    /**
     * Writes a record.
     *
     * @param values keys to values
     * @return the text, one line per key in key order
     */
    static String write(Map<String, String> values) {
        Objects.requireNonNull(values, "values must not be null");
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            String key = e.getKey();
            if (!key.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("record key '" + key + "' is not accepted: use letters, digits, '.', '_' or '-'");
            }
            out.append(key).append('=').append(escape(Objects.requireNonNull(e.getValue(), "value of " + key))).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a record written by {@link #write}.
     *
     * @param text the text
     * @return keys to values, sorted
     * @throws IllegalArgumentException if a line is malformed
     */
    static SortedMap<String, String> read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        SortedMap<String, String> values = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected key=value, was '" + abbreviate(line) + "'");
            }
            String key = line.substring(0, eq).trim();
            if (!key.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": key '" + abbreviate(key) + "' is not accepted");
            }
            if (values.put(key, unescape(line.substring(eq + 1), i + 1)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": key '" + key + "' appears twice");
            }
        }
        return values;
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String value, int lineNumber) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= value.length()) {
                throw new IllegalArgumentException("line " + lineNumber + ": value ends with a lone backslash");
            }
            char next = value.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("line " + lineNumber + ": unknown escape '\\" + next + "'");
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
