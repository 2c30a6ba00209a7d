package org.openwtp.core.http;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A declared route: what Javalin serves and what the OpenAPI document describes. Immutable.
 *
 * @param method      HTTP method, upper case
 * @param path        path template with {@code {name}} parameters, e.g. {@code /v1/orders/{order}}
 * @param summary     one line for the OpenAPI document
 * @param description longer text, may be empty
 * @param tag         OpenAPI tag grouping the route (the resource's name)
 * @param roles       roles allowed; empty only for public routes
 * @param isPublic    whether the route needs no credential
 * @param request     the request body type, if the route takes one (JSON only)
 * @param responses   status to body type ({@code Void.class} for no body)
 * @param rawResponse media type of a non-JSON response body (e.g. Prometheus text), if any
 * @param queryParams query parameter names to descriptions
 * @param handler     the handler
 * @param otherBodies media types accepted as request bodies besides JSON (e.g. a jar upload), read by the
 *                    handler itself
 * @param maxBodyBytes the body size limit of this route when it differs from {@code http.maxRequestBytes}
 */
public record RouteSpec(String method, String path, String summary, String description, String tag, Set<Role> roles,
                        boolean isPublic, Optional<Class<?>> request, Map<Integer, Class<?>> responses,
                        Optional<String> rawResponse, Map<String, String> queryParams, Handler handler,
                        List<String> otherBodies, java.util.OptionalLong maxBodyBytes) {

    /** Validates the declaration. */
    public RouteSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        roles = Set.copyOf(roles);
        responses = Map.copyOf(responses);
        queryParams = Map.copyOf(queryParams);
        otherBodies = List.copyOf(otherBodies);
        Objects.requireNonNull(maxBodyBytes, "maxBodyBytes");
    }

    /** @return the names of the path parameters, in order */
    public List<String> pathParams() {
        return java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }

    /** @return e.g. {@code GET /v1/orders/{order}} */
    public String key() {
        return method + " " + path;
    }
}
