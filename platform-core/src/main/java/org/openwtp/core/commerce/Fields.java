package org.openwtp.core.commerce;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.FieldError;

/**
 * Collects every field problem of a request before refusing it, so a client learns all of them at once.
 * The SDK's value types validate themselves and throw {@link IllegalArgumentException} with a message that
 * says what is accepted; {@link #get} turns that into a field error. Not thread-safe: one per request.
 */
public final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    /** Creates an empty collector. */
    public Fields() {
    }

    /**
     * Builds a value, recording a field error instead of throwing when it is refused.
     *
     * @param field    the JSON path of the field, e.g. {@code items[1].quantity}
     * @param supplier builds the value
     * @param <T>      the value type
     * @return the value, or null when it was refused (the error is recorded)
     */
    public <T> T get(String field, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(e.getMessage() == null ? FieldError.required(field, field + " is required")
                    : e instanceof NullPointerException ? FieldError.required(field, e.getMessage())
                    : FieldError.invalid(field, e.getMessage()));
            return null;
        }
    }

    /**
     * Records a problem.
     *
     * @param field   the field path
     * @param code    e.g. {@code required}, {@code invalid}, {@code out_of_range}
     * @param message what is wrong and what is accepted
     * @return this
     */
    public Fields add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    /**
     * Records that a required field is missing when it is null.
     *
     * @param field the field path
     * @param value the value
     * @return true if present
     */
    public boolean require(String field, Object value) {
        if (value == null) {
            errors.add(FieldError.required(field, field + " is required"));
            return false;
        }
        return true;
    }

    /** @return whether nothing was refused so far */
    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * Refuses the request if anything was recorded.
     *
     * @throws ApiException 400 {@code validation_failed} listing every problem
     */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
