package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;

/**
 * Who a pavilion is for.
 *
 * @param country         the country the pavilion represents
 * @param currency        the country's currency; import assessments are made in it
 * @param languages       BCP 47 language tags, first preferred, e.g. {@code ru}, {@code zh-CN}
 * @param displayName     e.g. {@code Russian pavilion}
 * @param registrySchemes the seller registry numbers it verifies, e.g. {@code INN}, {@code OGRN}
 */
public record PavilionProfile(CountryCode country, CurrencyCode currency, List<String> languages, String displayName,
                              List<String> registrySchemes) {

    /**
     * Validates the profile.
     *
     * @param country         the country the pavilion represents
     * @param currency        the country's currency; import assessments are made in it
     * @param languages       BCP 47 language tags, first preferred, e.g. {@code ru}, {@code zh-CN}
     * @param displayName     e.g. {@code Russian pavilion}
     * @param registrySchemes the seller registry numbers it verifies, e.g. {@code INN}, {@code OGRN}
     */
    public PavilionProfile {
        Objects.requireNonNull(country, "country must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(languages, "languages must not be null");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a pavilion needs at least one language");
        }
        languages = List.copyOf(languages);
        Objects.requireNonNull(displayName, "display name must not be null");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("display name must not be blank");
        }
        registrySchemes = List.copyOf(Objects.requireNonNull(registrySchemes, "registry schemes must not be null"));
    }
}
