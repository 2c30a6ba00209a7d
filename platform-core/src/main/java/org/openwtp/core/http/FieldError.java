package org.openwtp.core.http;

import java.util.Objects;

/**
 * One problem with one field of a request, listed in the {@code errors} member of a validation problem.
 *
 * @param field   JSON path of the field, e.g. {@code items[2].hsCode}; empty for the whole body
 * @param code    machine-readable: {@code required}, {@code wrong_type}, {@code unknown_field},
 *                {@code invalid}, {@code too_long}, {@code out_of_range}, ...
 * @param message what is wrong and what is accepted
 */
public record FieldError(String field, String code, String message) {

    /** Validates the entry. */
    public FieldError {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /**
     * @param field   the field path
     * @param message what is wrong
     * @return a {@code required} error
     */
    public static FieldError required(String field, String message) {
        return new FieldError(field, "required", message);
    }

    /**
     * @param field   the field path
     * @param message what is wrong and what is accepted
     * @return an {@code invalid} error
     */
    public static FieldError invalid(String field, String message) {
        return new FieldError(field, "invalid", message);
    }
}
