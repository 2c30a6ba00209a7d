package ${package};

import java.util.List;
import java.util.OptionalInt;
import org.openwtp.sdk.Reason;

/**
 * Registry numbers of ${countryCode} sellers.
 *
 * <p>PLACEHOLDER: this is a generic rule (10 digits, the last a mod-11 check digit over weights 1..9)
 * so the project builds and passes its contract suite as generated. Replace {@link #problems} with
 * your country's real scheme, length, structure and check digit, name its legal source in README.md,
 * and put real numbers in the tests.
 *
 * <p>Stateless and thread-safe.
 */
public final class RegistryNumbers {
    /** The scheme code sellers apply with. */
    public static final String SCHEME = "${registryScheme}";

    private static final int LENGTH = 10;

    private RegistryNumbers() {
    }

    /**
     * The number without the spaces and dashes people type.
     *
     * @param number the number as typed
     * @return the number without separators
     */
    public static String normalize(String number) {
        return number.replaceAll("[\\s-]", "");
    }

    /**
     * The check digit of the first {@code LENGTH - 1} digits: their sum weighted 1, 2, 3..., modulo 11;
     * a remainder of 10 means no number ends that way.
     *
     * @param digits at least {@code LENGTH - 1} digits
     * @return the check digit, or empty if none exists
     */
    public static OptionalInt checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (i + 1);
        }
        int remainder = sum % 11;
        return remainder == 10 ? OptionalInt.empty() : OptionalInt.of(remainder);
    }

    /**
     * What is wrong with a number.
     *
     * @param scheme     the scheme the seller named
     * @param normalized the number without separators
     * @return the problems, empty if the number is valid
     */
    public static List<Reason> problems(String scheme, String normalized) {
        if (!scheme.equals(SCHEME)) {
            return List.of(Reason.of("UNKNOWN_SCHEME", "this pavilion verifies " + SCHEME + " numbers, not " + scheme));
        }
        if (!normalized.matches("[0-9]*")) {
            return List.of(Reason.of("NOT_DIGITS", "a " + SCHEME + " number has digits only"));
        }
        if (normalized.length() != LENGTH) {
            return List.of(Reason.of("WRONG_LENGTH", "a " + SCHEME + " number has " + LENGTH + " digits, this one has " + normalized.length()));
        }
        OptionalInt expected = checkDigit(normalized);
        if (expected.isEmpty() || expected.getAsInt() != normalized.charAt(LENGTH - 1) - '0') {
            return List.of(Reason.of("INVALID_CHECK_DIGIT", "the last digit of this " + SCHEME + " number does not match; check for a typo"));
        }
        return List.of();
    }
}
