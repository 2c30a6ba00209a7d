package org.openwtp.sdk.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plugin's configuration for one tenant: field names to text values, defaults already applied.
 * The core hands it over only after it passed {@link ConfigSchema#validate}, so the typed getters
 * fail only for a field the extension did not declare. {@link #toString()} masks nothing because it
 * prints no values at all.
 */
public final class PluginConfig {

    private static final PluginConfig EMPTY = new PluginConfig(Map.of());

    private final Map<String, String> values;

    private PluginConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * A configuration from field values.
     *
     * @param values names to text values
     * @return the configuration
     */
    public static PluginConfig of(Map<String, String> values) {
        Objects.requireNonNull(values, "values must not be null");
        return new PluginConfig(values);
    }

    /**
     * The empty configuration.
     *
     * @return a configuration without values
     */
    public static PluginConfig empty() {
        return EMPTY;
    }

    /**
     * A text value.
     *
     * @param name the field
     * @return the value, or empty if not set and without default
     */
    public Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * A text value that must be present.
     *
     * @param name the field
     * @return the value
     */
    public String string(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("configuration field '" + name + "' has no value; declare it as required or with a default"));
    }

    /**
     * A whole-number value.
     *
     * @param name the field
     * @return the value
     */
    public long integer(String name) {
        return Long.parseLong(string(name).trim());
    }

    /**
     * A decimal value.
     *
     * @param name the field
     * @return the value
     */
    public BigDecimal decimal(String name) {
        return new BigDecimal(string(name).trim());
    }

    /**
     * A boolean value.
     *
     * @param name the field
     * @return the value
     */
    public boolean bool(String name) {
        return Boolean.parseBoolean(string(name).trim());
    }

    /**
     * Every value, for the core and for tests.
     *
     * @return an immutable sorted map
     */
    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginConfig other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "PluginConfig" + new TreeMap<>(values).keySet();
    }
}
