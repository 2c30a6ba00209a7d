package org.openwtp.sdk.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared fields of an extension, and the one definition of what a valid configuration for
 * them is. The core and the test kit both validate through it, so a plugin sees the same rules in
 * its tests as in production.
 *
 * @param fields the declared fields, names unique
 */
public record ConfigSchema(List<ConfigField> fields) {

    /**
     * Validates that field names are unique.
     *
     * @param fields the declared fields, names unique
     */
    public ConfigSchema {
        Objects.requireNonNull(fields, "fields must not be null");
        fields = List.copyOf(fields);
        Map<String, ConfigField> seen = new HashMap<>();
        for (ConfigField field : fields) {
            if (seen.put(field.name(), field) != null) {
                throw new IllegalArgumentException("config field '" + field.name() + "' is declared twice");
            }
        }
    }

    /**
     * A schema of fields.
     *
     * @param fields the fields
     * @return the schema
     */
    public static ConfigSchema of(List<ConfigField> fields) {
        return new ConfigSchema(fields);
    }

    /**
     * Every problem of a raw configuration at once: missing required fields, unknown fields, values of
     * the wrong type and values not allowed.
     *
     * @param raw names to text values as a tenant admin gave them
     * @return the problems, empty if the configuration is valid
     */
    public List<ConfigProblem> validate(Map<String, String> raw) {
        Objects.requireNonNull(raw, "configuration must not be null");
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, ConfigField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        raw.keySet().stream().sorted().filter(name -> !byName.containsKey(name)).forEach(name -> problems.add(
                new ConfigProblem(name, "UNKNOWN_FIELD", "'" + name + "' is not a field of this plugin; accepted fields: " + byName.keySet())));
        for (ConfigField field : fields) {
            String value = raw.get(field.name());
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    problems.add(new ConfigProblem(field.name(), "MISSING", "'" + field.name() + "' is required: " + field.description()));
                }
                continue;
            }
            String typeProblem = typeProblem(field.name(), field.type(), field.allowedValues(), value);
            if (typeProblem != null) {
                problems.add(new ConfigProblem(field.name(), field.type() == ConfigFieldType.CHOICE ? "NOT_ALLOWED" : "WRONG_TYPE", typeProblem));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * A configuration with defaults applied; call only after {@link #validate} found no problem.
     *
     * @param raw names to text values
     * @return the configuration the plugin will see
     */
    public PluginConfig apply(Map<String, String> raw) {
        Objects.requireNonNull(raw, "configuration must not be null");
        Map<String, String> values = new HashMap<>();
        for (ConfigField field : fields) {
            String value = raw.get(field.name());
            if (value != null && !value.isEmpty()) {
                values.put(field.name(), value);
            } else {
                field.defaultValue().ifPresent(d -> values.put(field.name(), d));
            }
        }
        return PluginConfig.of(values);
    }

    /** The problem with a text value for a field of a type, or null if the value fits; also checks defaults. */
    static String typeProblem(String name, ConfigFieldType type, List<String> allowedValues, String value) {
        switch (type) {
            case INTEGER:
                try {
                    Long.parseLong(value.trim());
                    return null;
                } catch (NumberFormatException e) {
                    return "'" + name + "' must be a whole number, was '" + abbreviate(value) + "'";
                }
            case DECIMAL:
                try {
                    new BigDecimal(value.trim());
                    return null;
                } catch (NumberFormatException e) {
                    return "'" + name + "' must be a decimal number such as 12.5, was '" + abbreviate(value) + "'";
                }
            case BOOLEAN:
                return value.equals("true") || value.equals("false") ? null : "'" + name + "' must be true or false, was '" + abbreviate(value) + "'";
            case CHOICE:
                return allowedValues.contains(value) ? null
                        : "'" + name + "' must be one of " + allowedValues + ", was '" + abbreviate(value) + "'";
            case STRING:
            case SECRET:
                return value.indexOf('\n') >= 0 ? "'" + name + "' must be a single line" : null;
            case TEXT:
            default:
                return null;
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
