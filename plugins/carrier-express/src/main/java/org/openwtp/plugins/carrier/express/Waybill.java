package org.openwtp.plugins.carrier.express;

import java.util.Objects;

/**
 * The courier's waybill numbers: ten digits, a nine-digit serial followed by a check digit equal to the
 * serial modulo 7 (the mod-7 scheme of IATA air waybill serial numbers, also used by express couriers'
 * 10-digit waybills), e.g. {@code 1234567891}. Stateless and thread-safe.
 */
public final class Waybill {

    private Waybill() {
    }

    /**
     * The check digit of a nine-digit serial.
     *
     * @param serial nine digits
     * @return serial mod 7
     */
    public static int checkDigit(String serial) {
        Objects.requireNonNull(serial, "serial must not be null");
        if (!serial.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("a waybill serial is exactly 9 digits, was '" + serial + "'");
        }
        return (int) (Long.parseLong(serial) % 7);
    }

    /**
     * A waybill number for a serial.
     *
     * @param serial nine digits
     * @return ten digits
     */
    public static String format(String serial) {
        return serial + checkDigit(serial);
    }

    /**
     * Whether text is a well-formed waybill number.
     *
     * @param number ten digits
     * @return true if the check digit matches
     */
    public static boolean isValid(String number) {
        return number != null && number.matches("[0-9]{10}") && checkDigit(number.substring(0, 9)) == number.charAt(9) - '0';
    }
}
