package org.openwtp.plugins.cardsandbox;

/**
 * The Luhn (mod 10) check digit of payment card numbers, as defined in ISO/IEC 7812-1 Annex B.
 * Stateless and thread-safe.
 */
public final class Luhn {

    private Luhn() {
    }

    /**
     * Whether a string of digits carries a valid Luhn check digit in its last position.
     *
     * @param digits only the characters {@code 0-9}
     * @return true if the check digit is right; false for an empty string or any non-digit
     */
    public static boolean isValid(String digits) {
        if (digits == null || digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
