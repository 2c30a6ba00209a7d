package org.openwtp.core.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The cursor pagination of list endpoints: {@code ?limit=N&cursor=C}. The cursor is opaque to clients:
 * they pass back the {@code nextCursor} of the previous {@link Page} unchanged. Immutable.
 *
 * @param limit  how many items at most, 1 to {@value #MAX_LIMIT}
 * @param cursor the position after the last item already seen, decoded; empty for the first page
 */
public record PageRequest(int limit, Optional<String> cursor) {

    /** Items per page when the client does not say. */
    public static final int DEFAULT_LIMIT = 50;
    /** Most items per page. */
    public static final int MAX_LIMIT = 200;

    /** Validates the request. */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    /**
     * Reads {@code limit} and {@code cursor} from the query string.
     *
     * @param ctx the request
     * @return the page request
     * @throws ApiException 400 listing every invalid parameter
     */
    public static PageRequest from(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        int limit = DEFAULT_LIMIT;
        String rawLimit = ctx.queryParam("limit");
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit);
                if (limit < 1 || limit > MAX_LIMIT) {
                    errors.add(new FieldError("limit", "out_of_range", "limit must be from 1 to " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "wrong_type", "limit must be an integer from 1 to " + MAX_LIMIT));
            }
        }
        Optional<String> cursor = Optional.empty();
        String rawCursor = ctx.queryParam("cursor");
        if (rawCursor != null && !rawCursor.isEmpty()) {
            try {
                cursor = Optional.of(new String(Base64.getUrlDecoder().decode(rawCursor), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.invalid("cursor", "cursor must be the nextCursor of a previous page, unchanged"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new PageRequest(limit, cursor);
    }

    /**
     * Encodes a position for {@link Page#nextCursor()}.
     *
     * @param position e.g. the id of the last item returned
     * @return the opaque cursor
     */
    public static String encodeCursor(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }
}
