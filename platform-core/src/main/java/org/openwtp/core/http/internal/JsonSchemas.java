package org.openwtp.core.http.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Derives OpenAPI schemas from the Java types routes declare: records become objects with their
 * components as properties ({@code Optional} ones not required), enums string enumerations, collections
 * arrays, maps objects. Each record or enum is described once under {@code components.schemas} and
 * referenced by name. Not thread-safe: one instance per document.
 */
final class JsonSchemas {

    private final Map<String, Map<String, Object>> components = new LinkedHashMap<>();

    /** @return the named schemas collected so far */
    Map<String, Map<String, Object>> components() {
        return components;
    }

    /**
     * @param type a declared type
     * @return a schema or a {@code $ref} to one
     */
    Map<String, Object> schemaFor(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schemaFor(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schemaFor(args[1]));
            }
            if (raw == Optional.class) {
                return schemaFor(args[0]);
            }
            return schemaFor(raw);
        }
        if (type instanceof WildcardType wt) {
            return schemaFor(wt.getUpperBounds()[0]);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class || c == UUID.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", schemaFor(c.getComponentType()));
        }
        if (c.isEnum()) {
            return ref(c, () -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("type", "string");
                s.put("enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
                return s;
            });
        }
        if (c.isRecord()) {
            return ref(c, () -> {
                Map<String, Object> props = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.put(rc.getName(), schemaFor(rc.getGenericType()));
                    if (rc.getType() != Optional.class) {
                        required.add(rc.getName());
                    }
                }
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("type", "object");
                s.put("properties", props);
                if (!required.isEmpty()) {
                    s.put("required", required);
                }
                s.put("additionalProperties", false);
                return s;
            });
        }
        if (Map.class.isAssignableFrom(c)) {
            return Map.of("type", "object");
        }
        if (c.getSimpleName().equals("TenantId") || CharSequence.class.isAssignableFrom(c)) {
            return Map.of("type", "string");
        }
        return Map.of("type", "object");
    }

    private Map<String, Object> ref(Class<?> c, java.util.function.Supplier<Map<String, Object>> body) {
        String name = c.getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, Map.of()); // placeholder against recursion
            components.put(name, body.get());
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }
}
