package org.openwtp.sdk.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One configuration field an extension declares, so the core can validate a tenant's configuration
 * and a console can render a form for it.
 *
 * @param name          lower camel case, e.g. {@code volumetricDivisor}
 * @param type          the kind of value
 * @param required      whether a tenant must give a value (a field with a default never needs one)
 * @param defaultValue  the value used when none is given, or empty; must be a valid value of {@code type}
 * @param description   what the field means and what is accepted
 * @param allowedValues for {@link ConfigFieldType#CHOICE}, the accepted values; otherwise empty
 */
public record ConfigField(String name, ConfigFieldType type, boolean required, Optional<String> defaultValue,
                          String description, List<String> allowedValues) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    /**
     * Validates the declaration.
     *
     * @param name          lower camel case, e.g. {@code volumetricDivisor}
     * @param type          the kind of value
     * @param required      whether a tenant must give a value (a field with a default never needs one)
     * @param defaultValue  the value used when none is given, or empty; must be a valid value of {@code type}
     * @param description   what the field means and what is accepted
     * @param allowedValues for {@link ConfigFieldType#CHOICE}, the accepted values; otherwise empty
     */
    public ConfigField {
        Objects.requireNonNull(name, "field name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("config field name '" + name + "' is not accepted: use lower camel case letters and digits, up to 64");
        }
        Objects.requireNonNull(type, "field type must not be null");
        Objects.requireNonNull(defaultValue, "default value must not be null (use Optional.empty())");
        Objects.requireNonNull(description, "description must not be null");
        if (description.isBlank()) {
            throw new IllegalArgumentException("config field '" + name + "' needs a description");
        }
        Objects.requireNonNull(allowedValues, "allowed values must not be null");
        allowedValues = List.copyOf(allowedValues);
        if (type == ConfigFieldType.CHOICE && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("CHOICE field '" + name + "' must list its allowed values");
        }
        if (type != ConfigFieldType.CHOICE && !allowedValues.isEmpty()) {
            throw new IllegalArgumentException("only CHOICE fields list allowed values; '" + name + "' is " + type);
        }
        if (type == ConfigFieldType.SECRET && defaultValue.isPresent()) {
            throw new IllegalArgumentException("SECRET field '" + name + "' must not have a default value");
        }
        if (required && defaultValue.isPresent()) {
            throw new IllegalArgumentException("field '" + name + "' has a default, so it cannot be required");
        }
        if (defaultValue.isPresent()) {
            String problem = ConfigSchema.typeProblem(name, type, allowedValues, defaultValue.get());
            if (problem != null) {
                throw new IllegalArgumentException("default of config field '" + name + "' is not accepted: " + problem);
            }
        }
    }

    /**
     * A field a tenant must fill in.
     *
     * @param name        the name
     * @param type        the type (not CHOICE)
     * @param description what it means
     * @return the field
     */
    public static ConfigField required(String name, ConfigFieldType type, String description) {
        return new ConfigField(name, type, true, Optional.empty(), description, List.of());
    }

    /**
     * An optional field with a default.
     *
     * @param name         the name
     * @param type         the type (not CHOICE or SECRET)
     * @param defaultValue the default, as text; must be a valid value of the type
     * @param description  what it means
     * @return the field
     * @throws IllegalArgumentException if the default is not a valid value of the type
     */
    public static ConfigField withDefault(String name, ConfigFieldType type, String defaultValue, String description) {
        return new ConfigField(name, type, false, Optional.of(defaultValue), description, List.of());
    }

    /**
     * An optional field without a default.
     *
     * @param name        the name
     * @param type        the type (not CHOICE)
     * @param description what it means
     * @return the field
     */
    public static ConfigField optional(String name, ConfigFieldType type, String description) {
        return new ConfigField(name, type, false, Optional.empty(), description, List.of());
    }

    /**
     * A field whose value is one of a list.
     *
     * @param name          the name
     * @param defaultValue  the default, one of the allowed values
     * @param description   what it means
     * @param allowedValues the accepted values
     * @return the field
     */
    public static ConfigField choice(String name, String defaultValue, String description, String... allowedValues) {
        Objects.requireNonNull(defaultValue, "default value must not be null");
        List<String> allowed = List.of(allowedValues);
        if (!allowed.contains(defaultValue)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' of '" + name + "' is not one of " + allowed);
        }
        return new ConfigField(name, ConfigFieldType.CHOICE, false, Optional.of(defaultValue), description, allowed);
    }

    /**
     * Whether the value must never be shown or logged.
     *
     * @return true for SECRET fields
     */
    public boolean isSecret() {
        return type == ConfigFieldType.SECRET;
    }
}
