package org.openwtp.testserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the server, with assertions that print the request and the whole body when they fail.
 * Immutable.
 *
 * @param method the request method
 * @param path   the request path
 * @param status the HTTP status
 * @param body   the body as text
 * @param raw    the underlying response (headers)
 */
public record ApiResponse(String method, String path, int status, String body, HttpResponse<String> raw) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Validates. */
    public ApiResponse {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        body = body == null ? "" : body;
    }

    /**
     * @param name a header name
     * @return its first value
     */
    public Optional<String> header(String name) {
        return raw == null ? Optional.empty() : raw.headers().firstValue(name);
    }

    /** @return the body parsed as JSON */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(this + " is not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * @param pointer a JSON pointer such as {@code /items/0/id}
     * @return the text at it
     * @throws AssertionError when there is nothing at it
     */
    public String text(String pointer) {
        JsonNode node = json().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new AssertionError("no value at " + pointer + " in " + this);
        }
        return node.asText();
    }

    /**
     * @param expected the accepted statuses
     * @return this
     * @throws AssertionError naming the request, the status and the body otherwise
     */
    public ApiResponse expectStatus(int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            throw new AssertionError("expected status " + Arrays.toString(expected) + " but was " + this);
        }
        return this;
    }

    /**
     * Asserts an {@code application/problem+json} answer with a status and a stable code.
     *
     * @param expectedStatus e.g. 422
     * @param expectedCode   e.g. {@code listing_blocked}
     * @return the problem document
     */
    public JsonNode expectProblem(int expectedStatus, String expectedCode) {
        expectStatus(expectedStatus);
        String type = header("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            throw new AssertionError("expected application/problem+json but was '" + type + "': " + this);
        }
        JsonNode problem = json();
        if (!expectedCode.equals(problem.path("code").asText())) {
            throw new AssertionError("expected problem code '" + expectedCode + "' but was " + this);
        }
        return problem;
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + (body.length() > 4000 ? body.substring(0, 4000) + "..." : body);
    }
}
