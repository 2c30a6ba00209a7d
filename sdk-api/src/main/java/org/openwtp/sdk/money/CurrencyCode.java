package org.openwtp.sdk.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An ISO 4217 currency with its minor-unit exponent (2 for EUR and CNY, 0 for JPY, 3 for KWD).
 *
 * @param code the three upper-case letters of an ISO 4217 currency that has minor units defined
 */
public record CurrencyCode(String code) {

    /**
     * Validates the code against the JDK's ISO 4217 table.
     *
     * @param code the three upper-case letters of an ISO 4217 currency that has minor units defined
     */
    public CurrencyCode {
        Objects.requireNonNull(code, "currency code must not be null");
        if (!isThreeUpperCaseLetters(code)) {
            throw new IllegalArgumentException("currency '" + code + "' is not accepted: use an ISO 4217 code of three upper-case letters, e.g. EUR, CNY, RUB");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 currency: use one such as EUR, CNY, RUB, USD", e);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency '" + code + "' has no minor units (a fund or metal code): use a circulating currency such as EUR, CNY, RUB, USD");
        }
    }

    /**
     * Parses an ISO 4217 code.
     *
     * @param code three upper-case letters, e.g. {@code CNY}
     * @return the currency
     */
    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    /**
     * The number of digits after the decimal point in this currency's minor unit.
     *
     * @return 0, 2 or 3 for most currencies
     */
    public int exponent() {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    @Override
    public String toString() {
        return code;
    }

    /** A loop, not a regular expression: money is built on hot paths (every quote line and conversion). */
    private static boolean isThreeUpperCaseLetters(String code) {
        return code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
