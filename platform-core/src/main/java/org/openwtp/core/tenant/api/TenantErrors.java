package org.openwtp.core.tenant.api;

import java.util.Locale;
import java.util.function.Supplier;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.store.StorageException;
import org.openwtp.core.tenant.TenantException;

/**
 * Turns the tenant feature's failures into API problems: each {@link TenantException.Code} becomes a stable
 * lower-case error code with the status of its kind (invalid 422, not found 404, conflict 409, unavailable
 * 503), field errors included; a busy or unreachable database becomes 503.
 */
final class TenantErrors {

    private TenantErrors() {
    }

    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (TenantException e) {
            throw toApi(e);
        } catch (StorageException e) {
            throw new ApiException(ErrorCode.of(e.code().name().toLowerCase(Locale.ROOT), "Storage unavailable", 503),
                    "the database is busy or unreachable; retry shortly").withHeader("Retry-After", "1").withCause(e);
        }
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    static ApiException toApi(TenantException e) {
        return toApi(e, "");
    }

    /**
     * @param e           the failure
     * @param fieldPrefix put before every field name, e.g. {@code config.} when the fields are inside {@code config}
     * @return the problem
     */
    static ApiException toApi(TenantException e, String fieldPrefix) {
        int status = switch (e.code().kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
        ErrorCode code = ErrorCode.of(e.code().name().toLowerCase(Locale.ROOT), e.code().title(), status);
        ApiException api = new ApiException(code, e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            api = api.withFieldErrors(e.fieldErrors().stream()
                    .map(f -> new FieldError(f.field().isEmpty() ? f.field() : fieldPrefix + f.field(), f.code().toLowerCase(Locale.ROOT), f.message())).toList());
        }
        return status >= 500 ? api.withCause(e) : api;
    }
}
