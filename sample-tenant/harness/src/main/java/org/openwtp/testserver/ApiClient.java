package org.openwtp.testserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code java.net.http} client of the test server acting with one credential (or none). Bodies are JSON:
 * pass a JSON string, or any object Jackson can write (a {@code Map}, a record). Thread-safe.
 */
public final class ApiClient {

    private final HttpClient http;
    private final URI baseUri;
    private final Optional<String> bearer;

    ApiClient(HttpClient http, URI baseUri, Optional<String> bearer) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri must not be null");
        this.bearer = Objects.requireNonNull(bearer, "bearer must not be null");
    }

    /** @return the credential sent as {@code Authorization: Bearer ...}, if any */
    public Optional<String> bearer() {
        return bearer;
    }

    /**
     * @param path path and query, e.g. {@code /v1/products?pavilion=pavilion-ru}
     * @param headers extra headers, name and value alternating
     * @return the answer
     */
    public ApiResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /**
     * @param path    path
     * @param body    a JSON string or an object to write as JSON
     * @param headers extra headers, name and value alternating (e.g. {@code "Idempotency-Key", "k1"})
     * @return the answer
     */
    public ApiResponse post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    /**
     * @param path    path
     * @param body    a JSON string or an object to write as JSON
     * @param headers extra headers
     * @return the answer
     */
    public ApiResponse put(String path, Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    /**
     * @param path    path
     * @param body    a JSON string or an object to write as JSON
     * @param headers extra headers
     * @return the answer
     */
    public ApiResponse patch(String path, Object body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    /**
     * @param path    path
     * @param headers extra headers
     * @return the answer
     */
    public ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /**
     * Sends a request with a raw body and content type (webhooks: form bodies, signed text).
     *
     * @param method      the method
     * @param path        the path
     * @param contentType the body's content type
     * @param body        the body bytes
     * @param headers     extra headers
     * @return the answer
     */
    public ApiResponse sendRaw(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = builder(path, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return exchange(method, path, b.build());
    }

    private ApiResponse send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder b = builder(path, headers);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        return exchange(method, path, b.build());
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name, value pairs");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        bearer.ifPresent(token -> b.header("Authorization", "Bearer " + token));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    private ApiResponse exchange(String method, String path, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(method, path, response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    private static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return ApiResponse.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the body as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
