package org.openwtp.core.commerce;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Identifiers of commerce records: a short prefix naming the kind ({@code sel}, {@code prd}, {@code quo}),
 * an underscore and a ULID-style 26-character body (48 bits of epoch milliseconds, then 80 random bits, in
 * Crockford base 32). Ids of one kind sort by creation millisecond (ties by the random part), which gives
 * lists a stable order and makes
 * them usable as pagination cursors. Thread-safe.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * A new id.
     *
     * @param prefix lower-case letters naming the kind, e.g. {@code prd}
     * @param clock  where the time comes from
     * @return e.g. {@code prd_01JDQ3ZK2M8W5X4R7T9V0B1C2D}
     */
    public static String next(String prefix, Clock clock) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        long millis = clock.millis();
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xFF);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return prefix + "_" + new String(out);
    }

    /**
     * Whether text looks like an id of a kind (so a malformed path parameter is simply not found).
     *
     * @param prefix the kind
     * @param id     the text
     * @return true if it has the prefix and a 26-character base-32 body
     */
    public static boolean looksLike(String prefix, String id) {
        return id != null && id.length() == prefix.length() + 27 && id.startsWith(prefix + "_")
                && id.substring(prefix.length() + 1).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }
}
