package org.openwtp.core.commerce;

import java.util.List;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;

/**
 * A postal address in the API.
 *
 * @param name       addressee
 * @param lines      1 to 3 street lines
 * @param city       city
 * @param region     region, may be omitted
 * @param postalCode postal code, may be omitted
 * @param country    ISO 3166-1 alpha-2
 * @param phone      phone, may be omitted
 * @param email      e-mail, may be omitted
 */
public record AddressJson(String name, List<String> lines, String city, String region, String postalCode, String country,
                          String phone, String email) {

    /**
     * The API form of an address.
     *
     * @param a the address
     * @return its JSON form
     */
    public static AddressJson of(Address a) {
        return new AddressJson(a.name(), a.lines(), a.city(), a.region(), a.postalCode(), a.country().code(), a.phone(), a.email());
    }

    /**
     * The address, validated by the SDK.
     *
     * @return the address
     */
    public Address toAddress() {
        if (country == null) {
            throw new IllegalArgumentException("country is required (ISO 3166-1 alpha-2, e.g. RU)");
        }
        return new Address(name, lines, city, region, postalCode, CountryCode.of(country), phone, email);
    }
}
