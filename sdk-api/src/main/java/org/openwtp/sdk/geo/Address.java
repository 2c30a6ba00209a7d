package org.openwtp.sdk.geo;

import java.util.List;
import java.util.Objects;

/**
 * A postal address.
 *
 * @param name       addressee (person or company)
 * @param lines      street lines, one to three, none blank
 * @param city       city or town
 * @param region     region, province or state; empty if none
 * @param postalCode postal code; empty where the country has none
 * @param country    the country
 * @param phone      contact phone, empty if unknown
 * @param email      contact e-mail, empty if unknown
 */
public record Address(String name, List<String> lines, String city, String region, String postalCode,
                      CountryCode country, String phone, String email) {

    /**
     * Validates and copies the address.
     *
     * @param name       addressee (person or company)
     * @param lines      street lines, one to three, none blank
     * @param city       city or town
     * @param region     region, province or state; empty if none
     * @param postalCode postal code; empty where the country has none
     * @param country    the country
     * @param phone      contact phone, empty if unknown
     * @param email      contact e-mail, empty if unknown
     */
    public Address {
        requireText(name, "name", 200);
        Objects.requireNonNull(lines, "address lines must not be null");
        if (lines.isEmpty() || lines.size() > 3) {
            throw new IllegalArgumentException("address must have 1 to 3 street lines, had " + lines.size());
        }
        lines.forEach(line -> requireText(line, "address line", 200));
        lines = List.copyOf(lines);
        requireText(city, "city", 100);
        region = region == null ? "" : region;
        postalCode = postalCode == null ? "" : postalCode;
        if (postalCode.length() > 20) {
            throw new IllegalArgumentException("postal code must be at most 20 characters, was " + postalCode.length());
        }
        Objects.requireNonNull(country, "country must not be null");
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }

    /**
     * The usual address without phone or e-mail.
     *
     * @param name       addressee
     * @param line       the single street line
     * @param city       city
     * @param postalCode postal code, may be empty
     * @param country    country
     * @return the address
     */
    public static Address of(String name, String line, String city, String postalCode, CountryCode country) {
        return new Address(name, List.of(line), city, "", postalCode, country, "", "");
    }

    private static void requireText(String value, String field, int max) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, was " + value.length());
        }
    }
}
