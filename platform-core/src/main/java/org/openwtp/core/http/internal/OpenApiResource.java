package org.openwtp.core.http.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Routes;

/** Serves the OpenAPI document generated from the route declarations. Thread-safe. */
public final class OpenApiResource implements ApiResource {

    private final Provider<RouteTable> routeTable;
    private volatile Map<String, Object> document;

    /** @param routeTable the routes (a provider: this resource is itself one of them) */
    @Inject
    public OpenApiResource(Provider<RouteTable> routeTable) {
        this.routeTable = routeTable;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/openapi.json", this::document).publicAccess()
                .summary("This API as an OpenAPI 3 document");
    }

    /** @return the document */
    public Map<String, Object> document() {
        Map<String, Object> d = document;
        if (d == null) {
            String version = java.util.Objects.requireNonNullElse(OpenApiResource.class.getPackage().getImplementationVersion(), "dev");
            d = OpenApiDocument.build(routeTable.get().routes(), version);
            document = d;
        }
        return d;
    }

    private void document(Context ctx) {
        ctx.json(document());
    }
}
