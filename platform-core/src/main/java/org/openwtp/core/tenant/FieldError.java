package org.openwtp.core.tenant;

import java.util.Objects;

/**
 * One thing wrong with one field of a request.
 *
 * @param field   the field at fault (e.g. {@code slug}, or a plugin configuration field), or {@code ""} for the whole request
 * @param code    machine-readable, e.g. {@code MISSING}, {@code WRONG_TYPE}, {@code UNKNOWN_FIELD}, {@code INVALID}
 * @param message what is wrong and what is accepted
 */
public record FieldError(String field, String code, String message) {

    /** Validates the error. */
    public FieldError {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
