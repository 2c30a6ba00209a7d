package org.openwtp.plugins.cardsandbox;

import java.util.Optional;

/**
 * A payment card number (PAN) as typed by a buyer, normalised to its digits. Spaces and dashes are
 * accepted as separators; anything else, a length outside 12 to 19 digits (ISO/IEC 7812-1) or a wrong
 * Luhn check digit makes the number invalid. {@link #toString()} masks all but the last four digits.
 *
 * @param digits the 12 to 19 digits
 */
public record CardNumber(String digits) {

    /** Validates the digits. */
    public CardNumber {
        if (digits == null || !digits.matches("[0-9]{12,19}") || !Luhn.isValid(digits)) {
            throw new IllegalArgumentException("not a valid card number");
        }
    }

    /**
     * Parses a card number as typed.
     *
     * @param typed digits, optionally grouped with spaces or dashes
     * @return the number, or empty if it is not a well-formed, Luhn-valid card number
     */
    public static Optional<CardNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replace(" ", "").replace("-", "");
        if (!digits.matches("[0-9]{12,19}") || !Luhn.isValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(digits));
    }

    /**
     * The last four digits, the only part the sandbox stores.
     *
     * @return e.g. {@code 4242}
     */
    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    /**
     * The card scheme recognised from the issuer identification number prefix.
     *
     * @return e.g. {@code VISA}; {@code UNKNOWN} if no known prefix matches
     */
    public String brand() {
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.startsWith("4")) {
            return "VISA";
        }
        if (four >= 2200 && four <= 2204) {
            return "MIR";
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MASTERCARD";
        }
        if (two == 34 || two == 37) {
            return "AMEX";
        }
        if (two == 62) {
            return "UNIONPAY";
        }
        return "UNKNOWN";
    }

    @Override
    public String toString() {
        return "CardNumber[****" + last4() + "]";
    }
}
