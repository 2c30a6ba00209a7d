package org.openwtp.sdk.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration.
 *
 * @param field   the field at fault, or an empty string for the configuration as a whole
 * @param code    machine-readable: {@code MISSING}, {@code WRONG_TYPE}, {@code UNKNOWN_FIELD},
 *                {@code NOT_ALLOWED}, {@code INVALID}
 * @param message what is wrong and what is accepted
 */
public record ConfigProblem(String field, String code, String message) {

    /**
     * Validates the problem.
     *
     * @param field   the field at fault, or an empty string for the configuration as a whole
     * @param code    machine-readable: {@code MISSING}, {@code WRONG_TYPE}, {@code UNKNOWN_FIELD},
     *                {@code NOT_ALLOWED}, {@code INVALID}
     * @param message what is wrong and what is accepted
     */
    public ConfigProblem {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /**
     * A semantic problem with one field, as a plugin's own check reports it.
     *
     * @param field   the field
     * @param message what is wrong and what is accepted
     * @return the problem
     */
    public static ConfigProblem invalid(String field, String message) {
        return new ConfigProblem(field, "INVALID", message);
    }
}
