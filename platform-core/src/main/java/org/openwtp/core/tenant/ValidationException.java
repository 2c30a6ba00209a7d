package org.openwtp.core.tenant;

import java.util.List;

/**
 * A request refused because of its content, listing every field at fault at once (for example every
 * problem of a plugin configuration). Immutable and thread-safe.
 */
public final class ValidationException extends TenantException {

    /**
     * A validation failure.
     *
     * @param code        a code of kind {@link Kind#INVALID}
     * @param detail      a summary that says what to do
     * @param fieldErrors every field at fault, not empty
     */
    public ValidationException(Code code, String detail, List<FieldError> fieldErrors) {
        super(code, detail, fieldErrors, null);
        if (code.kind() != Kind.INVALID) {
            throw new IllegalArgumentException("a validation failure needs an INVALID code, not " + code);
        }
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure lists at least one field error");
        }
    }
}
