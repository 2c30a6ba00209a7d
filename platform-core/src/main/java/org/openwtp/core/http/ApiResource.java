package org.openwtp.core.http;

/**
 * One HTTP resource: declares its routes in {@link #routes(Routes)}, each pointing by method reference
 * to a small private handler. A feature contributes it with
 * {@code Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(MyResource.class)}.
 * The declarations are the single source of both the Javalin routes and the OpenAPI document.
 *
 * <pre>{@code
 * final class TenantResource implements ApiResource {
 *     public void routes(Routes routes) {
 *         routes.get("/admin/tenants/{tenant}", this::show)
 *               .summary("Show a tenant").roles(Role.HOST_ADMIN).response(200, TenantView.class);
 *     }
 *     private void show(Context ctx) { ... }
 * }
 * }</pre>
 */
public interface ApiResource {

    /**
     * Declares the routes of this resource.
     *
     * @param routes the collector
     */
    void routes(Routes routes);
}
