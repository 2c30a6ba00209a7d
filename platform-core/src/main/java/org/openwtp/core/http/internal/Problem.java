package org.openwtp.core.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.FieldError;

/**
 * The body of every error response (RFC 9457 {@code application/problem+json}). Immutable.
 *
 * @param type      {@code urn:openwtp:problem:<code>}
 * @param title     the code's title
 * @param status    the HTTP status
 * @param detail    what happened and what to do
 * @param instance  the request path
 * @param code      the stable error code
 * @param requestId the request id, also in {@code X-Request-Id}
 * @param errors    field problems, present for validation failures
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<FieldError> errors) {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param code      the error
     * @param detail    the detail
     * @param instance  the request path
     * @param requestId the request id
     * @param errors    field errors
     * @return the problem
     */
    public static Problem of(ErrorCode code, String detail, String instance, String requestId, List<FieldError> errors) {
        return new Problem(code.type(), code.title(), code.status(), detail, instance, code.code(), requestId,
                List.copyOf(errors));
    }
}
