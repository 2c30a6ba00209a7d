package org.example.openwtp.pavilion.kz;

import java.util.List;
import java.util.OptionalInt;
import org.openwtp.sdk.Reason;

/**
 * Kazakhstan's 12-digit identification numbers: the BIN (business identification number) of a legal
 * entity, branch or joint venture, and the IIN (individual identification number) an individual
 * entrepreneur trades under. Both end in the same check digit.
 *
 * <p>Stateless and thread-safe. Sources are listed in this plugin's README.
 */
public final class IdentificationNumbers {
    /** The BIN scheme code. */
    public static final String BIN = "BIN";
    /** The IIN scheme code. */
    public static final String IIN = "IIN";

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IdentificationNumbers() {
    }

    /**
     * The number as the registry writes it: without the spaces and dashes people type.
     *
     * @param number the number as typed
     * @return the number without separators
     */
    public static String normalize(String number) {
        return number.replaceAll("[\\s-]", "");
    }

    /**
     * The check digit of the first eleven digits: their sum weighted 1..11, modulo 11; if that is 10,
     * the sum weighted 3..11, 1, 2, modulo 11; if that is 10 again, the digits have no check digit and
     * were never issued.
     *
     * @param digits at least eleven digits; only the first eleven are read
     * @return the check digit, or empty if none exists
     */
    public static OptionalInt checkDigit(String digits) {
        int remainder = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (remainder == 10) {
            remainder = weightedSum(digits, SECOND_WEIGHTS) % 11;
        }
        return remainder == 10 ? OptionalInt.empty() : OptionalInt.of(remainder);
    }

    /**
     * What is wrong with a number of a scheme.
     *
     * @param scheme     {@link #BIN} or {@link #IIN}
     * @param normalized the number without separators
     * @return the problems, empty if the number is valid
     */
    public static List<Reason> problems(String scheme, String normalized) {
        if (!scheme.equals(BIN) && !scheme.equals(IIN)) {
            return List.of(Reason.of("UNKNOWN_SCHEME", "the Kazakhstan pavilion verifies BIN and IIN numbers, not " + scheme));
        }
        if (!normalized.matches("[0-9]*")) {
            return List.of(Reason.of("NOT_DIGITS", "a " + scheme + " has digits only, e.g. 940140000385"));
        }
        if (normalized.length() != 12) {
            return List.of(Reason.of("WRONG_LENGTH", "a " + scheme + " has 12 digits, this one has " + normalized.length()));
        }
        int month = Integer.parseInt(normalized.substring(2, 4));
        if (month < 1 || month > 12) {
            return List.of(Reason.of("INVALID_DATE", "digits 3-4 of a " + scheme + " are a month, 01 to 12, not " + normalized.substring(2, 4)));
        }
        if (scheme.equals(BIN) && !normalized.substring(4, 6).matches("[456][0-3]")) {
            return List.of(Reason.of("INVALID_ENTITY_TYPE",
                    "digit 5 of a BIN is 4, 5 or 6 (resident, non-resident, joint venture) and digit 6 is 0 to 3 (head office, branch, "
                            + "representative office, farm); this BIN has " + normalized.substring(4, 6)));
        }
        OptionalInt expected = checkDigit(normalized);
        if (expected.isEmpty() || expected.getAsInt() != normalized.charAt(11) - '0') {
            return List.of(Reason.of("INVALID_CHECK_DIGIT", "the last digit of this " + scheme + " does not match the first eleven; check for a typo"));
        }
        return List.of();
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
