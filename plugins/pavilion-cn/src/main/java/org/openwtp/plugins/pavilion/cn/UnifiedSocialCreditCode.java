package org.openwtp.plugins.pavilion.cn;

import java.util.Locale;
import java.util.Optional;
import org.openwtp.sdk.Reason;

/**
 * The 18-character Unified Social Credit Code of Chinese legal entities and other organisations
 * (GB 32100-2015): registration authority (1), organisation type (1), administrative division of the
 * registering authority (6 digits, GB/T 2260), subject identifier (9: the organisation code of
 * GB 11714 with its own check character) and a check character over the first 17.
 *
 * <p>Characters come from a 31-character alphabet without I, O, S, V and Z. The 18th character is
 * {@code 31 - (Σ value(c_i) × w_i mod 31)} with weights {@code 3^(i-1) mod 31}
 * (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28), 31 becoming 0. The organisation
 * code's 9th character is {@code 11 - (Σ value(c_i) × w_i mod 11)} with weights 3, 7, 9, 10, 5, 8, 4, 2
 * (letters count A = 10 ... Z = 35), 10 written X and 11 written 0.
 *
 * <p>Pure functions; thread-safe.
 */
public final class UnifiedSocialCreditCode {

    /** The code's alphabet in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private UnifiedSocialCreditCode() {
    }

    /**
     * The canonical form: upper case without spaces or dashes.
     *
     * @param raw the code as typed
     * @return the normalized code
     */
    public static String normalize(String raw) {
        return raw.strip().replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Why a code is invalid.
     *
     * @param code                  the normalized code
     * @param checkOrganizationCode whether to check the GB 11714 organisation code in positions 9-17 too
     * @return a problem, or empty if the code is valid
     */
    public static Optional<Reason> problem(String code, boolean checkOrganizationCode) {
        if (code.length() != 18) {
            return Optional.of(Reason.of("INVALID_FORMAT", "a Unified Social Credit Code has 18 characters, was " + code.length()));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Reason.of("INVALID_FORMAT", "character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed: use digits and upper-case letters except I, O, S, V, Z"));
            }
        }
        if (!code.substring(2, 8).matches("[0-9]{6}")) {
            return Optional.of(Reason.of("INVALID_FORMAT", "characters 3 to 8 are the administrative division code and must be digits, were '"
                    + code.substring(2, 8) + "'"));
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(Reason.of("INVALID_CHECK_DIGIT", "Unified Social Credit Code " + code
                    + " fails its check character: the 18th character should be " + expected));
        }
        if (checkOrganizationCode) {
            char orgExpected = organizationCodeCheck(code.substring(8, 16));
            if (code.charAt(16) != orgExpected) {
                return Optional.of(Reason.of("INVALID_CHECK_DIGIT", "the organisation code " + code.substring(8, 17)
                        + " inside " + code + " fails its GB 11714 check character: the 17th character should be " + orgExpected));
            }
        }
        return Optional.empty();
    }

    /**
     * The check character of the first 17 characters.
     *
     * @param first17 17 characters of the alphabet
     * @return the 18th character
     */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of an 8-character organisation code body.
     *
     * @param body 8 digits or upper-case letters
     * @return the 9th character: a digit or X
     */
    public static char organizationCodeCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANIZATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
