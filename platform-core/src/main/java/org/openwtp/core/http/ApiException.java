package org.openwtp.core.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A failure to show the client, thrown from any handler or service; the HTTP layer turns it into an
 * {@code application/problem+json} response with the code's status. The detail is shown to the client,
 * so it says what to do and never contains secrets or internals. Immutable.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final transient List<FieldError> fieldErrors;
    private final transient Map<String, String> headers;

    /**
     * @param code   the stable error
     * @param detail what happened and what to do, for the client
     */
    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of(), Map.of(), null);
    }

    private ApiException(ErrorCode code, String detail, List<FieldError> fieldErrors, Map<String, String> headers,
                         Throwable cause) {
        super(Objects.requireNonNull(detail, "detail must not be null"), cause);
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    /**
     * A validation failure listing every field problem.
     *
     * @param errors the problems, at least one
     * @return the exception
     */
    public static ApiException validation(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return new ApiException(ErrorCode.VALIDATION_FAILED, detail, errors, Map.of(), null);
    }

    /**
     * A validation failure of one field.
     *
     * @param field   the field path
     * @param code    the field error code
     * @param message what is wrong and what is accepted
     * @return the exception
     */
    public static ApiException invalidField(String field, String code, String message) {
        return validation(List.of(new FieldError(field, code, message)));
    }

    /**
     * A resource that does not exist for this caller. Use it as well when the resource belongs to
     * another tenant: never reveal that it exists.
     *
     * @param kind what was looked for, e.g. {@code order}
     * @param id   the id asked for
     * @return the exception
     */
    public static ApiException notFound(String kind, String id) {
        return new ApiException(ErrorCode.NOT_FOUND, "no " + kind + " '" + id + "' here");
    }

    /**
     * @param fieldErrors field problems to list
     * @return a copy carrying them
     */
    public ApiException withFieldErrors(List<FieldError> fieldErrors) {
        return new ApiException(code, getMessage(), fieldErrors, headers, getCause());
    }

    /**
     * @param name  a response header to send with the problem (e.g. {@code Retry-After})
     * @param value its value
     * @return a copy carrying it
     */
    public ApiException withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiException(code, getMessage(), fieldErrors, h, getCause());
    }

    /**
     * @param cause the underlying failure, logged but never shown to the client
     * @return a copy carrying it
     */
    public ApiException withCause(Throwable cause) {
        return new ApiException(code, getMessage(), fieldErrors, headers, cause);
    }

    /** @return the stable error */
    public ErrorCode code() {
        return code;
    }

    /** @return the detail shown to the client */
    public String detail() {
        return getMessage();
    }

    /** @return field problems, empty unless validation failed */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** @return extra response headers */
    public Map<String, String> headers() {
        return headers;
    }
}
