package org.openwtp.plugins.support.payment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook bodies in {@code application/x-www-form-urlencoded} form ({@code a=1&b=2}, UTF-8), parsed
 * strictly: invalid UTF-8, a bad escape, a pair without {@code =}, a repeated name or more than 64 pairs
 * makes the body malformed. Stateless and thread-safe.
 */
public final class FormBody {

    private static final int MAX_PAIRS = 64;

    private FormBody() {
    }

    /**
     * Parses a body.
     *
     * @param body the raw bytes
     * @return the fields in order, or empty if malformed
     */
    public static Optional<Map<String, String>> parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return Optional.of(fields);
        }
        String[] pairs = text.strip().split("&", -1);
        if (pairs.length > MAX_PAIRS) {
            return Optional.empty();
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (fields.put(name, value) != null) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(fields);
    }

    /**
     * Writes fields as a body.
     *
     * @param fields names to values, in order
     * @return the body text
     */
    public static String write(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
