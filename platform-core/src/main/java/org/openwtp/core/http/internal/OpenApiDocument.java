package org.openwtp.core.http.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.RouteSpec;

/**
 * Builds the OpenAPI 3 document from the {@link RouteTable}, so the document and the served routes
 * cannot drift apart. Thread-safe (stateless).
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static Map<String, Object> build(List<RouteSpec> routes, String version) {
        JsonSchemas schemas = new JsonSchemas();
        schemas.schemaFor(Problem.class);
        Map<String, Object> paths = new TreeMap<>();
        for (RouteSpec r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
            item.put(r.method().toLowerCase(java.util.Locale.ROOT), operation(r, schemas));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "OpenWTP API", "version", version,
                "description", "The OpenWTP core server API. Conventions (authentication, errors, pagination, "
                        + "request ids) are described in docs/api.md."));
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", new TreeMap<>(schemas.components()));
        components.put("securitySchemes", Map.of(
                "apiKey", Map.of("type", "http", "scheme", "bearer", "description", "a tenant API key"),
                "hostAdmin", Map.of("type", "http", "scheme", "bearer", "description", "the host admin token")));
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(RouteSpec r, JsonSchemas schemas) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", operationId(r));
        op.put("summary", r.summary());
        if (!r.description().isEmpty()) {
            op.put("description", r.description());
        }
        op.put("tags", List.of(r.tag()));
        List<Object> params = new ArrayList<>();
        for (String p : r.pathParams()) {
            params.add(Map.of("name", p, "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        r.queryParams().forEach((name, description) -> params.add(Map.of("name", name, "in", "query",
                "required", false, "description", description, "schema", Map.of("type", "string"))));
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Map<String, Object> bodies = new TreeMap<>();
        r.request().ifPresent(type -> bodies.put("application/json", Map.of("schema", schemas.schemaFor(type))));
        r.otherBodies().forEach(mediaType -> bodies.put(mediaType, Map.of("schema", Map.of("type", "string", "format", "binary"))));
        if (!bodies.isEmpty()) {
            op.put("requestBody", Map.of("required", true, "content", bodies));
        }
        if (r.isPublic()) {
            op.put("security", List.of());
        } else {
            List<Object> security = new ArrayList<>();
            if (r.roles().contains(Role.HOST_ADMIN)) {
                security.add(Map.of("hostAdmin", List.of()));
            }
            if (r.roles().stream().anyMatch(role -> role != Role.HOST_ADMIN)) {
                security.add(Map.of("apiKey", List.of()));
            }
            op.put("security", security);
            op.put("x-roles", r.roles().stream().map(Enum::name).sorted().toList());
        }
        Map<String, Object> responses = new TreeMap<>();
        r.responses().forEach((status, type) -> {
            Map<String, Object> resp = new LinkedHashMap<>();
            resp.put("description", status < 300 ? "success" : "answer");
            if (type != Void.class) {
                resp.put("content", Map.of("application/json", Map.of("schema", schemas.schemaFor(type))));
            } else if (r.rawResponse().isPresent() && status == 200) {
                resp.put("content", Map.of(r.rawResponse().get(), Map.of("schema", Map.of("type", "string"))));
            }
            responses.put(String.valueOf(status), resp);
        });
        Map<String, Object> problem = Map.of(Problem.MEDIA_TYPE,
                Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
        List<ErrorCode> errors = new ArrayList<>();
        if (r.request().isPresent() || !r.otherBodies().isEmpty()) {
            errors.add(ErrorCode.VALIDATION_FAILED);
            errors.add(ErrorCode.PAYLOAD_TOO_LARGE);
            errors.add(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!r.isPublic()) {
            errors.add(ErrorCode.UNAUTHENTICATED);
            errors.add(ErrorCode.FORBIDDEN);
        }
        if (!r.pathParams().isEmpty()) {
            errors.add(ErrorCode.NOT_FOUND);
        }
        errors.add(ErrorCode.INTERNAL);
        for (ErrorCode e : errors) {
            responses.putIfAbsent(String.valueOf(e.status()), Map.of("description", e.title(), "content", problem));
        }
        op.put("responses", responses);
        return op;
    }

    private static String operationId(RouteSpec r) {
        StringBuilder sb = new StringBuilder(r.method().toLowerCase(java.util.Locale.ROOT));
        for (String segment : r.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String word = segment.startsWith("{") ? "By" + segment.substring(1, segment.length() - 1) : segment;
            StringBuilder camel = new StringBuilder();
            boolean upper = true;
            for (char ch : word.toCharArray()) {
                if (!Character.isLetterOrDigit(ch)) {
                    upper = true;
                    continue;
                }
                camel.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
            sb.append(camel);
        }
        return sb.toString();
    }

}
