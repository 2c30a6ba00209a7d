package org.openwtp.sdk.geo;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, e.g. {@code RU}, {@code CN}, {@code KZ}.
 *
 * @param code two upper-case letters of an assigned ISO 3166-1 country
 */
public record CountryCode(String code) {

    private static final Set<String> ASSIGNED = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /**
     * Validates the code against the ISO 3166-1 list.
     *
     * @param code two upper-case letters of an assigned ISO 3166-1 country
     */
    public CountryCode {
        Objects.requireNonNull(code, "country code must not be null");
        if (!ASSIGNED.contains(code)) {
            throw new IllegalArgumentException("country '" + code + "' is not accepted: use an ISO 3166-1 alpha-2 code of two upper-case letters, e.g. RU, CN, DE");
        }
    }

    /**
     * Parses an ISO 3166-1 alpha-2 code.
     *
     * @param code e.g. {@code CN}
     * @return the country
     */
    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
