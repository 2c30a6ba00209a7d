package org.openwtp.plugins.support.payment;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The text format of a bundled payment plugin's stored state: one {@code key=value} line per field, keys in sorted
 * order, keys and values percent-encoded as in {@code application/x-www-form-urlencoded} (UTF-8), so
 * no value can break a line or forge a field. A list is its items percent-encoded and joined by
 * {@code ,} (which the encoding never produces). Stateless and thread-safe.
 */
public final class StateCodec {

    private StateCodec() {
    }

    /**
     * Encodes fields.
     *
     * @param fields names to values, none null
     * @return the text
     */
    public static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> out.append(enc(k)).append('=').append(enc(v)).append('\n'));
        return out.toString();
    }

    /**
     * Decodes text written by {@link #encode}.
     *
     * @param text the text
     * @return the fields in key order
     * @throws IllegalStateException if the text is not in this format
     */
    public static SortedMap<String, String> decode(String text) {
        SortedMap<String, String> fields = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("stored payment state is corrupt: a line has no key");
            }
            fields.put(dec(line.substring(0, eq)), dec(line.substring(eq + 1)));
        }
        return fields;
    }

    /**
     * Joins list items into one value.
     *
     * @param items the items
     * @return the joined value
     */
    public static String joinList(List<String> items) {
        return String.join(",", items.stream().map(StateCodec::enc).toList());
    }

    /**
     * Splits a value written by {@link #joinList}.
     *
     * @param value the joined value
     * @return the items
     */
    public static List<String> splitList(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        Arrays.stream(value.split(",", -1)).forEach(s -> items.add(dec(s)));
        return items;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored payment state is corrupt: bad escape", e);
        }
    }
}
