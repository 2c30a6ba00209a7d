package org.openwtp.core.http;

import java.util.Objects;

/**
 * A stable, machine-readable error a client can see: a code, a short title and the HTTP status.
 * Clients branch on {@link #code()}; it never changes once released. Problem documents carry it as
 * {@code code} and in {@code type} ({@value #TYPE_PREFIX}{@code <code>}).
 *
 * <p>The constants here are the cross-cutting ones. A feature declares its own next to its code
 * ({@code static final ErrorCode SLUG_TAKEN = ErrorCode.of("tenant_slug_taken", "Tenant slug taken", 409)})
 * and lists them in docs/api.md.
 *
 * @param code   lower_snake_case identifier
 * @param title  short human summary, the same for every occurrence
 * @param status HTTP status, 400 to 599
 */
public record ErrorCode(String code, String title, int status) {

    /** Prefix of the problem {@code type} URI. */
    public static final String TYPE_PREFIX = "urn:openwtp:problem:";

    public static final ErrorCode MALFORMED_JSON = of("malformed_json", "Malformed JSON", 400);
    public static final ErrorCode VALIDATION_FAILED = of("validation_failed", "Validation failed", 400);
    public static final ErrorCode BAD_REQUEST = of("bad_request", "Bad request", 400);
    public static final ErrorCode UNAUTHENTICATED = of("unauthenticated", "Authentication required", 401);
    public static final ErrorCode FORBIDDEN = of("forbidden", "Not allowed for this role", 403);
    public static final ErrorCode NOT_FOUND = of("not_found", "Not found", 404);
    public static final ErrorCode ROUTE_NOT_FOUND = of("route_not_found", "No such endpoint", 404);
    public static final ErrorCode METHOD_NOT_ALLOWED = of("method_not_allowed", "Method not allowed", 405);
    public static final ErrorCode NOT_ACCEPTABLE = of("not_acceptable", "Not acceptable", 406);
    public static final ErrorCode CONFLICT = of("conflict", "Conflict", 409);
    public static final ErrorCode PAYLOAD_TOO_LARGE = of("payload_too_large", "Request body too large", 413);
    public static final ErrorCode UNSUPPORTED_MEDIA_TYPE = of("unsupported_media_type", "Unsupported media type", 415);
    public static final ErrorCode UNPROCESSABLE = of("unprocessable", "Request cannot be processed", 422);
    public static final ErrorCode TOO_MANY_REQUESTS = of("too_many_requests", "Too many requests", 429);
    public static final ErrorCode INTERNAL = of("internal_error", "Internal server error", 500);
    public static final ErrorCode NOT_IMPLEMENTED = of("not_implemented", "Not available on this server", 501);
    public static final ErrorCode UPSTREAM_FAILED = of("upstream_failed", "A plugin or provider failed", 502);
    public static final ErrorCode UNAVAILABLE = of("service_unavailable", "Service unavailable", 503);
    public static final ErrorCode UPSTREAM_TIMEOUT = of("upstream_timeout", "A plugin or provider timed out", 504);

    /** Validates the entry. */
    public ErrorCode {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(title, "title must not be null");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("error code '" + code + "' is not accepted: use lower_snake_case");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error status " + status + " is not accepted: use 400 to 599");
        }
    }

    /**
     * @param code   lower_snake_case identifier
     * @param title  short human summary
     * @param status HTTP status
     * @return the error code
     */
    public static ErrorCode of(String code, String title, int status) {
        return new ErrorCode(code, title, status);
    }

    /** @return the problem {@code type} URI */
    public String type() {
        return TYPE_PREFIX + code;
    }

    /**
     * The generic code for an HTTP status, for errors raised below the application (the server itself).
     *
     * @param status an HTTP status
     * @return the matching constant, {@link #BAD_REQUEST} or {@link #INTERNAL} as fallbacks
     */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 501 -> NOT_IMPLEMENTED;
            case 502 -> UPSTREAM_FAILED;
            case 503 -> UNAVAILABLE;
            case 504 -> UPSTREAM_TIMEOUT;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL;
        };
    }
}
