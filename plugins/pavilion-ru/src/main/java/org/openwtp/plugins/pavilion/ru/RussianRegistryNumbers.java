package org.openwtp.plugins.pavilion.ru;

import java.util.Optional;
import org.openwtp.sdk.Reason;

/**
 * Format and check-digit rules of the Russian business registry numbers: INN (taxpayer number) and
 * OGRN / OGRNIP (primary state registration number of a legal entity / individual entrepreneur).
 *
 * <p>INN: a weighted sum of the digits modulo 11, then modulo 10 (one check digit for 10-digit
 * numbers, two for 12-digit numbers). OGRN: the number formed by the first 12 digits modulo 11, its
 * last digit; OGRNIP: the first 14 digits modulo 13, its last digit. The algorithms, and the public
 * pages that document them, are listed in {@code docs/plugins/pavilion-ru.md}.
 *
 * <p>Pure functions without state; thread-safe.
 */
public final class RussianRegistryNumbers {

    private static final int[] INN10_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_WEIGHTS_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_WEIGHTS_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private RussianRegistryNumbers() {
    }

    /**
     * Removes the spaces, dashes and dots people type into numbers.
     *
     * @param raw the number as typed
     * @return the number without separators
     */
    public static String normalize(String raw) {
        return raw.strip().replaceAll("[\\s\\-.]", "");
    }

    /**
     * Why an INN (10 digits for a legal entity, 12 for an individual entrepreneur) is invalid.
     *
     * @param inn the normalized number
     * @return a problem, or empty if the number is well formed and its check digits match
     */
    public static Optional<Reason> innProblem(String inn) {
        if (!inn.matches("[0-9]+")) {
            return Optional.of(Reason.of("INVALID_FORMAT", "an INN has only digits, was '" + inn + "'"));
        }
        if (inn.length() == 10) {
            int expected = checkDigit(inn, INN10_WEIGHTS);
            return expected == digit(inn, 9) ? Optional.empty()
                    : Optional.of(Reason.of("INVALID_CHECK_DIGIT", "INN " + inn + " fails its check digit: the 10th digit should be " + expected));
        }
        if (inn.length() == 12) {
            int first = checkDigit(inn, INN12_WEIGHTS_11);
            int second = checkDigit(inn, INN12_WEIGHTS_12);
            if (first != digit(inn, 10) || second != digit(inn, 11)) {
                return Optional.of(Reason.of("INVALID_CHECK_DIGIT", "INN " + inn + " fails its check digits: the last two digits should be " + first + second));
            }
            return Optional.empty();
        }
        return Optional.of(Reason.of("INVALID_FORMAT", "an INN has 10 digits (legal entity) or 12 digits (individual entrepreneur), was " + inn.length()));
    }

    /**
     * Why an OGRN (13 digits, legal entity) is invalid.
     *
     * @param ogrn the normalized number
     * @return a problem, or empty if valid
     */
    public static Optional<Reason> ogrnProblem(String ogrn) {
        if (!ogrn.matches("[0-9]{13}")) {
            return Optional.of(Reason.of("INVALID_FORMAT", "an OGRN has 13 digits, was '" + ogrn + "'"));
        }
        char sign = ogrn.charAt(0);
        if (sign != '1' && sign != '5') {
            return Optional.of(Reason.of("INVALID_FORMAT", "an OGRN starts with 1 or 5 (a primary registration number of a legal entity), was " + sign
                    + (sign == '3' ? ": 3 starts an OGRNIP of 15 digits" : ": other signs mark later register entries (GRN), not the OGRN")));
        }
        int expected = remainderCheckDigit(ogrn, 11);
        return expected == digit(ogrn, 12) ? Optional.empty()
                : Optional.of(Reason.of("INVALID_CHECK_DIGIT", "OGRN " + ogrn + " fails its check digit: the 13th digit should be " + expected));
    }

    /**
     * Why an OGRNIP (15 digits, individual entrepreneur) is invalid.
     *
     * @param ogrnip the normalized number
     * @return a problem, or empty if valid
     */
    public static Optional<Reason> ogrnipProblem(String ogrnip) {
        if (!ogrnip.matches("[0-9]{15}")) {
            return Optional.of(Reason.of("INVALID_FORMAT", "an OGRNIP has 15 digits, was '" + ogrnip + "'"));
        }
        if (ogrnip.charAt(0) != '3') {
            return Optional.of(Reason.of("INVALID_FORMAT", "an OGRNIP starts with 3, was " + ogrnip.charAt(0)));
        }
        int expected = remainderCheckDigit(ogrnip, 13);
        return expected == digit(ogrnip, 14) ? Optional.empty()
                : Optional.of(Reason.of("INVALID_CHECK_DIGIT", "OGRNIP " + ogrnip + " fails its check digit: the 15th digit should be " + expected));
    }

    /**
     * Whether an INN belongs to a legal entity (10 digits) rather than an individual (12 digits).
     *
     * @param inn a valid INN
     * @return true for 10 digits
     */
    public static boolean isLegalEntityInn(String inn) {
        return inn.length() == 10;
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum % 11 % 10;
    }

    private static int remainderCheckDigit(String digits, int modulus) {
        long body = Long.parseLong(digits.substring(0, digits.length() - 1));
        return (int) (body % modulus % 10);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
