package org.openwtp.plugins.carrier.post;

import java.util.Objects;

/**
 * UPU standard S10 item identifiers, e.g. {@code RR123456785RU}: a two-letter service indicator, an
 * eight-digit serial number, a check digit and the ISO 3166-1 alpha-2 code of the issuing postal
 * operator's country.
 *
 * <p>The check digit (UPU S10, section on the check digit): multiply the serial's digits by
 * 8, 6, 4, 2, 3, 5, 9, 7, sum, take the sum modulo 11 and subtract it from 11; a result of 10 becomes 0
 * and 11 becomes 5. Stateless and thread-safe.
 */
public final class S10 {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private S10() {
    }

    /**
     * The check digit of an eight-digit serial number.
     *
     * @param serial exactly eight digits
     * @return 0 to 9
     */
    public static int checkDigit(String serial) {
        Objects.requireNonNull(serial, "serial must not be null");
        if (!serial.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("an S10 serial number is exactly 8 digits, was '" + serial + "'");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    /**
     * Builds an identifier.
     *
     * @param serviceIndicator two upper-case letters, e.g. {@code RR}, {@code CP}, {@code EE}
     * @param serial           eight digits
     * @param country          the issuing country, e.g. {@code RU}
     * @return the 13-character identifier
     */
    public static String format(String serviceIndicator, String serial, String country) {
        if (serviceIndicator == null || !serviceIndicator.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("an S10 service indicator is two upper-case letters, was '" + serviceIndicator + "'");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("an S10 country code is two upper-case letters, was '" + country + "'");
        }
        return serviceIndicator + serial + checkDigit(serial) + country;
    }

    /**
     * Whether text is a well-formed S10 identifier with a correct check digit.
     *
     * @param identifier e.g. {@code RR123456785RU}
     * @return true if valid
     */
    public static boolean isValid(String identifier) {
        if (identifier == null || !identifier.matches("[A-Z]{2}[0-9]{9}[A-Z]{2}")) {
            return false;
        }
        return checkDigit(identifier.substring(2, 10)) == identifier.charAt(10) - '0';
    }
}
