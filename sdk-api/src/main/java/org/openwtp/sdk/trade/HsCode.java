package org.openwtp.sdk.trade;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Harmonized System commodity code: 6 internationally harmonised digits, optionally extended to 8
 * or 10 national digits (e.g. {@code 040900} natural honey, {@code 0409000000} in the EAEU TN VED).
 *
 * @param digits 6 to 10 digits, no dots or spaces
 */
public record HsCode(String digits) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{6,10}");

    /**
     * Validates the digits.
     *
     * @param digits 6 to 10 digits, no dots or spaces
     */
    public HsCode {
        Objects.requireNonNull(digits, "HS code must not be null");
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("HS code '" + digits + "' is not accepted: use 6 to 10 digits without dots or spaces, e.g. 040900");
        }
    }

    /**
     * Parses an HS code, ignoring dots and spaces as printed in tariffs ({@code 0409.00}).
     *
     * @param code the code
     * @return the HS code
     */
    public static HsCode of(String code) {
        Objects.requireNonNull(code, "HS code must not be null");
        return new HsCode(code.replace(".", "").replace(" ", ""));
    }

    /**
     * The two-digit chapter, e.g. {@code 04} for dairy, eggs and honey.
     *
     * @return the chapter
     */
    public String chapter() {
        return digits.substring(0, 2);
    }

    /**
     * The four-digit heading.
     *
     * @return the heading
     */
    public String heading() {
        return digits.substring(0, 4);
    }

    /**
     * The six-digit international subheading.
     *
     * @return the subheading
     */
    public String subheading() {
        return digits.substring(0, 6);
    }

    /**
     * Whether this code falls under a prefix (a chapter, heading or longer code).
     *
     * @param prefix digits such as {@code 04} or {@code 0409}
     * @return true if the code starts with the prefix
     */
    public boolean startsWith(String prefix) {
        return digits.startsWith(prefix);
    }

    @Override
    public String toString() {
        return digits;
    }
}
