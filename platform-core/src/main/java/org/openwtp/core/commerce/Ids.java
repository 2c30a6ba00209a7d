package org.openwtp.core.commerce;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Application-generated ids: a prefix, 12 hex digits of the creation time in milliseconds and 16 random hex
 * digits, e.g. {@code ord_0190a1b2c3d4e5f6a7b8c9d0e1f2}. Ids of one prefix sort by creation time, which
 * cursor pagination relies on. Thread-safe.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    /**
     * A new id.
     *
     * @param prefix e.g. {@code ord}
     * @param now    the creation time
     * @return the id
     */
    public static String next(String prefix, Instant now) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        // toHexDigits gives 16 digits of which the first four are zero (48-bit mask); String.format("%012x")
        // did the same but was a sixth of a quote's CPU on the request thread
        String millis = HEX.toHexDigits(now.toEpochMilli() & 0xFFFF_FFFF_FFFFL).substring(4);
        return prefix + "_" + millis + HEX.formatHex(random);
    }

    /**
     * Whether text has the shape of an id of a kind, so a malformed path parameter is simply not found
     * without a database round trip.
     *
     * @param prefix the kind, e.g. {@code prd}
     * @param id     the text
     * @return true for the prefix, an underscore and 28 lower-case hex digits
     */
    public static boolean looksLike(String prefix, String id) {
        int start = prefix.length() + 1;
        if (id == null || id.length() != start + 28 || !id.startsWith(prefix) || id.charAt(start - 1) != '_') {
            return false;
        }
        for (int i = start; i < id.length(); i++) { // a plain loop: this runs on every product read
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
