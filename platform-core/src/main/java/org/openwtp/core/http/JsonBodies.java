package org.openwtp.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.config.Key;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON request bodies strictly (see {@link ApiJson}) and turns every way a body can be wrong into
 * a 4xx {@link ApiException}: 415 for another media type, 413 past {@code http.maxRequestBytes} (also for
 * chunked bodies without a length), 400 {@code malformed_json} for broken syntax and too deep nesting,
 * 400 {@code validation_failed} with field errors for unknown fields, wrong types and values the target
 * type refuses. Handlers always read bodies through here, never with {@code ctx.body()}.
 */
public final class JsonBodies {

    /** Application data key under which the server stores the body size limit. */
    public static final Key<Long> MAX_BYTES = new Key<>("openwtp.maxRequestBytes");

    private static final int MAX_MESSAGE = 200;

    private JsonBodies() {
    }

    /**
     * @param ctx  the request
     * @param type the body type (a record validated in its compact constructor)
     * @param <T>  the body type
     * @return the parsed body
     * @throws ApiException describing what is wrong with the body
     */
    public static <T> T read(Context ctx, Class<T> type) {
        requireJson(ctx.contentType());
        byte[] body = readBounded(ctx);
        if (body.length == 0) {
            throw ApiException.invalidField("", "required", "a JSON request body is required");
        }
        return parse(body, type);
    }

    /**
     * Parses a body already read; exposed for tests and non-HTTP entry points.
     *
     * @param body the bytes
     * @param type the body type
     * @param <T>  the body type
     * @return the parsed body
     */
    public static <T> T parse(byte[] body, Class<T> type) {
        JsonNode tree = syntax(body);
        try {
            return ApiJson.mapper().treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalidField(path(e), "unknown_field", "unknown field '" + e.getPropertyName()
                    + "'; accepted fields: " + e.getKnownPropertyIds());
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw ApiException.invalidField(path(e), "invalid", clip(String.valueOf(cause.getMessage())));
        } catch (InvalidDefinitionException e) {
            throw new IllegalStateException("cannot map request type " + type.getName(), e);
        } catch (MismatchedInputException e) {
            String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            String field = path(e);
            throw ApiException.invalidField(field, "wrong_type", (field.isEmpty() ? "the body" : "'" + field + "'")
                    + " must be " + expected);
        } catch (JsonMappingException e) {
            throw ApiException.invalidField(path(e), "invalid", clip(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw ApiException.invalidField("", "invalid", clip(e.getOriginalMessage()));
        }
    }

    /** First pass: is it JSON at all (syntax, one value, no duplicate keys, within the limits)? */
    private static JsonNode syntax(byte[] body) {
        try {
            JsonNode tree = ApiJson.mapper().readTree(body);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw ApiException.invalidField("", "required", "a JSON request body is required");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the JSON body exceeds a limit: nesting at most "
                    + ApiJson.MAX_DEPTH + " levels, numbers at most 64 digits");
        } catch (StreamReadException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON" + where + ": "
                    + clip(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON: " + clip(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the body could not be read");
        }
    }

    /**
     * Refuses a media type other than JSON.
     *
     * @param contentType the request's Content-Type header, may be null
     * @throws ApiException 415 naming the accepted type
     */
    public static void requireJson(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json"
                    + (mediaType.isEmpty() ? " (the Content-Type header is missing)" : ", not " + clip(mediaType)))
                    .withHeader("Accept", "application/json");
        }
    }

    private static byte[] readBounded(Context ctx) {
        Long configured = ctx.appData(MAX_BYTES);
        return readBytes(ctx, configured == null ? 1024 * 1024 : configured);
    }

    /**
     * Reads a request body of any media type, refusing it with 413 as soon as it passes a limit (also when
     * it is sent without a length).
     *
     * @param ctx the request
     * @param max the largest body accepted, in bytes
     * @return the body
     * @throws ApiException 413 past the limit, 400 when the body cannot be read
     */
    public static byte[] readBytes(Context ctx, long max) {
        if (ctx.req().getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > max) {
                    throw tooLarge(max);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the request body could not be read");
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "request bodies are limited to " + max + " bytes");
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        List<JsonMappingException.Reference> refs = e.getPath();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return clip(sb.toString());
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp string";
        }
        return "a JSON object";
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "...";
    }
}
