package org.openwtp.core.admin.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.core.admin.IssuedApiKeyView;
import org.openwtp.core.admin.NewApiKey;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.admin.TenantView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Page;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.context.TenantId;

/** Host administration of tenants under {@code /admin/tenants}. Thread-safe. */
public final class AdminTenantResource implements ApiResource {

    private static final int MAX_NAME = 200;

    private final TenantAdministration tenants;

    /** @param tenants the tenant feature's administration */
    @Inject
    public AdminTenantResource(TenantAdministration tenants) {
        this.tenants = tenants;
    }

    /**
     * Body of a tenant creation.
     *
     * @param slug lower-case letters, digits and dashes; the tenant id
     * @param name display name
     */
    public record CreateTenant(String slug, String name) {
    }

    /** A page of tenants. @param items the tenants @param nextCursor the next page's cursor, null at the end */
    public record TenantPage(List<TenantView> items, String nextCursor) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/admin/tenants", this::create).roles(Role.HOST_ADMIN)
                .summary("Create a tenant").request(CreateTenant.class).response(201, TenantView.class)
                .response(409, Void.class);
        routes.get("/admin/tenants", this::list).roles(Role.HOST_ADMIN)
                .summary("List tenants").query("limit", "page size, 1 to 200 (default 50)")
                .query("cursor", "nextCursor of the previous page").response(200, TenantPage.class);
        routes.get("/admin/tenants/{tenant}", this::show).roles(Role.HOST_ADMIN)
                .summary("Show a tenant").response(200, TenantView.class);
        routes.post("/admin/tenants/{tenant}/suspend", this::suspend).roles(Role.HOST_ADMIN)
                .summary("Suspend a tenant: its keys stop working at once, its data stays").response(200, TenantView.class);
        routes.post("/admin/tenants/{tenant}/resume", this::resume).roles(Role.HOST_ADMIN)
                .summary("Resume a suspended tenant").response(200, TenantView.class);
        routes.post("/admin/tenants/{tenant}/api-keys", this::issueKey).roles(Role.HOST_ADMIN)
                .summary("Issue an API key of a tenant (e.g. its first TENANT_ADMIN key); the key is in this answer only")
                .request(NewApiKey.class).response(201, IssuedApiKeyView.class).response(422, Void.class);
        routes.delete("/admin/tenants/{tenant}", this::delete).roles(Role.HOST_ADMIN)
                .summary("Delete a tenant with its data and keys").response(204, Void.class);
    }

    private void create(Context ctx) {
        CreateTenant body = JsonBodies.read(ctx, CreateTenant.class);
        List<FieldError> errors = new ArrayList<>();
        if (body.slug() == null) {
            errors.add(FieldError.required("slug", "slug is required: lower-case letters, digits and dashes"));
        } else {
            try {
                TenantId.of(body.slug());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.invalid("slug", e.getMessage().length() > 300 ? e.getMessage().substring(0, 300) : e.getMessage()));
            }
        }
        if (body.name() == null || body.name().isBlank()) {
            errors.add(FieldError.required("name", "name is required: the tenant's display name"));
        } else if (body.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "too_long", "name must be at most " + MAX_NAME + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        TenantView created = tenants.create(body.slug(), body.name().strip());
        ctx.status(201).header("Location", "/admin/tenants/" + created.slug()).json(created);
    }

    private void list(Context ctx) {
        PageRequest page = PageRequest.from(ctx);
        List<TenantView> after = tenants.list().stream()
                .filter(t -> page.cursor().map(c -> t.slug().compareTo(c) > 0).orElse(true))
                .limit(page.limit() + 1L)
                .toList();
        Page<TenantView> p = Page.of(after, page, TenantView::slug);
        ctx.json(new TenantPage(p.items(), p.nextCursor()));
    }

    private void show(Context ctx) {
        String slug = slug(ctx);
        ctx.json(tenants.find(slug).orElseThrow(() -> ApiException.notFound("tenant", slug)));
    }

    private void suspend(Context ctx) {
        ctx.json(tenants.suspend(slug(ctx)));
    }

    private void resume(Context ctx) {
        ctx.json(tenants.resume(slug(ctx)));
    }

    private void issueKey(Context ctx) {
        String slug = slug(ctx);
        NewApiKey body = JsonBodies.read(ctx, NewApiKey.class);
        IssuedApiKeyView issued = tenants.issueApiKey(slug, body);
        ctx.status(201).json(issued);
    }

    private void delete(Context ctx) {
        tenants.delete(slug(ctx));
        ctx.status(204);
    }

    private static String slug(Context ctx) {
        String slug = ctx.pathParam("tenant");
        try {
            return TenantId.of(slug).value();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("tenant", slug.length() > 64 ? slug.substring(0, 64) + "..." : slug);
        }
    }
}
