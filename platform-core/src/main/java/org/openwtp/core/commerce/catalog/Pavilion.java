package org.openwtp.core.commerce.catalog;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.pavilion.PavilionProfile;

/**
 * A pavilion a tenant offers: an enabled {@code CountryPavilion} plugin and its profile.
 *
 * @param id              the plugin id, e.g. {@code pavilion-ru}; sellers and products name it
 * @param country         the country it represents
 * @param currency        its currency; its sellers price in it
 * @param languages       BCP 47 tags, first preferred
 * @param displayName     e.g. {@code Russian pavilion}
 * @param registrySchemes the registry numbers it verifies, e.g. {@code INN}, {@code OGRN}
 */
public record Pavilion(String id, CountryCode country, CurrencyCode currency, List<String> languages, String displayName,
                       List<String> registrySchemes) {

    /** Validates and copies. */
    public Pavilion {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(country, "country must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        languages = List.copyOf(languages);
        Objects.requireNonNull(displayName, "displayName must not be null");
        registrySchemes = List.copyOf(registrySchemes);
    }

    /**
     * The pavilion of a plugin's profile.
     *
     * @param pluginId the plugin
     * @param profile  what it says about itself
     * @return the pavilion
     */
    public static Pavilion of(String pluginId, PavilionProfile profile) {
        return new Pavilion(pluginId, profile.country(), profile.currency(), profile.languages(), profile.displayName(),
                profile.registrySchemes());
    }
}
