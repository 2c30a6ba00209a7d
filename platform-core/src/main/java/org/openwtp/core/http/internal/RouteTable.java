package org.openwtp.core.http.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.RouteSpec;
import org.openwtp.core.http.Routes;

/**
 * Every route declared by every {@link ApiResource}: the one source from which the Javalin routes and
 * the OpenAPI document are built. Immutable after construction; thread-safe.
 */
@Singleton
public final class RouteTable {

    private final List<RouteSpec> routes;
    private final long largestBodyLimit;
    private final Map<RouteSpec, Pattern> patterns = new LinkedHashMap<>();

    /**
     * @param resources every contributed resource
     * @throws IllegalStateException when declarations are incomplete or two resources declare one route
     */
    @Inject
    public RouteTable(Set<ApiResource> resources) {
        List<RouteSpec> all = new ArrayList<>();
        for (ApiResource resource : resources) {
            String tag = resource.getClass().getSimpleName().replaceFirst("Resource$", "");
            Routes r = new Routes(tag);
            resource.routes(r);
            all.addAll(r.build());
        }
        all.sort(Comparator.comparing(RouteSpec::path).thenComparing(RouteSpec::method));
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (RouteSpec s : all) {
            String normalised = s.method() + " " + s.path().replaceAll("\\{[^}]+}", "{}");
            if (!seen.add(normalised)) {
                duplicates.add(s.key());
            }
            patterns.put(s, Pattern.compile(s.path().replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.")));
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("routes declared twice: " + duplicates);
        }
        this.routes = List.copyOf(all);
        this.largestBodyLimit = all.stream().mapToLong(r -> r.maxBodyBytes().orElse(0)).max().orElse(0);
    }

    /** @return the largest body limit any route sets for itself, 0 when none does */
    public long largestBodyLimit() {
        return largestBodyLimit;
    }

    /** @return every route, sorted by path then method */
    public List<RouteSpec> routes() {
        return routes;
    }

    /**
     * @param path a request path
     * @return the methods some route serves at that path (for 405 and {@code Allow})
     */
    public Set<String> methodsAt(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> methods = new TreeSet<>();
        patterns.forEach((spec, pattern) -> {
            if (pattern.matcher(p).matches()) {
                methods.add(spec.method());
            }
        });
        return methods;
    }
}
