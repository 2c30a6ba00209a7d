package org.openwtp.core.http;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the route declarations of {@link ApiResource}s. Each declaration must state a summary and
 * who may call it ({@link Route#roles(Role...)} or {@link Route#publicAccess()}); a declaration that
 * does not is refused when the server starts. Not thread-safe: used once while the server is built.
 */
public final class Routes {

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+|/\\{[a-zA-Z][a-zA-Z0-9]*})+");

    private final String tag;
    private final List<Route> routes = new ArrayList<>();

    /**
     * @param tag the OpenAPI tag of the routes collected here (the resource's name)
     */
    public Routes(String tag) {
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    /** @param path template; @param handler handler; @return the declaration to complete */
    public Route get(String path, Handler handler) {
        return add("GET", path, handler);
    }

    /** @param path template; @param handler handler; @return the declaration to complete */
    public Route post(String path, Handler handler) {
        return add("POST", path, handler);
    }

    /** @param path template; @param handler handler; @return the declaration to complete */
    public Route put(String path, Handler handler) {
        return add("PUT", path, handler);
    }

    /** @param path template; @param handler handler; @return the declaration to complete */
    public Route patch(String path, Handler handler) {
        return add("PATCH", path, handler);
    }

    /** @param path template; @param handler handler; @return the declaration to complete */
    public Route delete(String path, Handler handler) {
        return add("DELETE", path, handler);
    }

    private Route add(String method, String path, Handler handler) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("route path '" + path + "' is not accepted: use /segments and "
                    + "{name} parameters, e.g. /v1/orders/{order}");
        }
        Route r = new Route(method, path, Objects.requireNonNull(handler, "handler"));
        routes.add(r);
        return r;
    }

    /**
     * @return the complete declarations
     * @throws IllegalStateException naming every incomplete declaration
     */
    public List<RouteSpec> build() {
        List<String> problems = new ArrayList<>();
        List<RouteSpec> specs = new ArrayList<>();
        for (Route r : routes) {
            if (r.summary == null || r.summary.isBlank()) {
                problems.add(r.method + " " + r.path + " has no summary");
            }
            if (!r.isPublic && r.roles.isEmpty()) {
                problems.add(r.method + " " + r.path + " declares neither roles(...) nor publicAccess()");
            }
            if (r.isPublic && !r.roles.isEmpty()) {
                problems.add(r.method + " " + r.path + " declares both roles(...) and publicAccess()");
            }
            if (r.responses.isEmpty()) {
                r.responses.put(200, Void.class);
            }
            specs.add(new RouteSpec(r.method, r.path, r.summary == null ? "" : r.summary, r.description, tag,
                    r.roles, r.isPublic, Optional.ofNullable(r.request), r.responses, Optional.ofNullable(r.rawResponse),
                    r.queryParams, r.handler, r.otherBodies,
                    r.maxBodyBytes == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(r.maxBodyBytes)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("incomplete route declarations in " + tag + ": " + problems);
        }
        return specs;
    }

    /** One route being declared; complete it with the fluent setters. */
    public static final class Route {
        private final String method;
        private final String path;
        private final Handler handler;
        private String summary;
        private String description = "";
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private boolean isPublic;
        private Class<?> request;
        private final Map<Integer, Class<?>> responses = new LinkedHashMap<>();
        private String rawResponse;
        private final Map<String, String> queryParams = new LinkedHashMap<>();
        private final List<String> otherBodies = new ArrayList<>();
        private Long maxBodyBytes;

        private Route(String method, String path, Handler handler) {
            this.method = method;
            this.path = path;
            this.handler = handler;
        }

        /** @param summary one line; @return this */
        public Route summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** @param description longer text; @return this */
        public Route description(String description) {
            this.description = Objects.requireNonNull(description);
            return this;
        }

        /** @param allowed the roles that may call the route; @return this */
        public Route roles(Role... allowed) {
            this.roles.addAll(Arrays.asList(allowed));
            return this;
        }

        /** Declares that the route needs no credential (health, metrics, the OpenAPI document). @return this */
        public Route publicAccess() {
            this.isPublic = true;
            return this;
        }

        /**
         * Declares a JSON request body; requests without {@code Content-Type: application/json} get 415.
         *
         * @param type the body type, read with {@link JsonBodies#read}
         * @return this
         */
        public Route request(Class<?> type) {
            this.request = Objects.requireNonNull(type);
            return this;
        }

        /** @param status HTTP status; @param type JSON body type, {@code Void.class} for none; @return this */
        public Route response(int status, Class<?> type) {
            this.responses.put(status, Objects.requireNonNull(type));
            return this;
        }

        /** @param mediaType media type of a non-JSON 200 body; @return this */
        public Route rawResponse(String mediaType) {
            this.rawResponse = Objects.requireNonNull(mediaType);
            return this;
        }

        /**
         * Accepts a non-JSON request body of a media type (read by the handler, e.g. with
         * {@link JsonBodies#readBytes}); a JSON body is still refused with 415 unless {@link #request} is declared.
         *
         * @param mediaType e.g. {@code application/java-archive}
         * @return this
         */
        public Route alsoAccepts(String mediaType) {
            this.otherBodies.add(Objects.requireNonNull(mediaType));
            return this;
        }

        /**
         * Sets this route's body size limit, instead of {@code http.maxRequestBytes}.
         *
         * @param bytes the largest body accepted; larger ones get 413
         * @return this
         */
        public Route maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** @param name query parameter; @param description what it does; @return this */
        public Route query(String name, String description) {
            this.queryParams.put(name, description);
            return this;
        }
    }
}
