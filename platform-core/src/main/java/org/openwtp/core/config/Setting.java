package org.openwtp.core.config;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One known configuration setting: its dotted key, what it accepts, its default and whether it is
 * secret. Immutable.
 *
 * @param key          dotted key, e.g. {@code http.port}
 * @param description  one line for operators
 * @param accepts      what values are accepted, phrased for an error message ("an integer from 0 to 65535")
 * @param defaultValue the default as text, or null when the setting is optional or required
 * @param secret       whether the value is masked whenever configuration is printed
 * @param parser       turns the text into the typed value; throws {@link IllegalArgumentException} when invalid
 */
public record Setting(String key, String description, String accepts, String defaultValue, boolean secret,
                      Function<String, ?> parser) {

    /** Validates the descriptor. */
    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(accepts, "accepts");
        Objects.requireNonNull(parser, "parser");
    }

    /**
     * The environment variable that sets this setting: {@code OPENWTP_} followed by the key upper-cased,
     * dots and the boundaries of camel-case words turned into underscores.
     * {@code http.maxRequestBytes} becomes {@code OPENWTP_HTTP_MAX_REQUEST_BYTES}.
     *
     * @return the variable name
     */
    public String envName() {
        String snake = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_');
        return ConfigLoader.ENV_PREFIX + snake.toUpperCase(Locale.ROOT);
    }

    /**
     * The key with dots, underscores and case removed; environment variables are matched on it, so
     * {@code OPENWTP_HTTP_MAXREQUESTBYTES} works as well as {@code OPENWTP_HTTP_MAX_REQUEST_BYTES}.
     *
     * @return the normalised key
     */
    String normalisedKey() {
        return normalise(key);
    }

    static String normalise(String name) {
        return name.replace(".", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * How the value is shown when configuration is printed.
     *
     * @param value the typed value, may be null
     * @return the display text, masked for secrets
     */
    String display(Object value) {
        if (value == null) {
            return "(not set)";
        }
        return secret ? Secret.MASK : String.valueOf(value);
    }
}
