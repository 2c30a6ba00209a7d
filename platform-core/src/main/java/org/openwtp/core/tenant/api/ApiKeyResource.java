package org.openwtp.core.tenant.api;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.openwtp.core.admin.ApiKeyView;
import org.openwtp.core.admin.IssuedApiKeyView;
import org.openwtp.core.admin.NewApiKey;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.core.tenant.ApiKeyService;

/** A tenant admin's API keys under {@code /v1/api-keys}: issue (shown once), list without secrets, revoke. Thread-safe. */
final class ApiKeyResource implements ApiResource {

    private final ApiKeyService keys;
    private final Clock clock;

    @Inject
    ApiKeyResource(ApiKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The tenant's keys. @param items every key, oldest first, revoked and expired ones included */
    public record ApiKeyList(List<ApiKeyView> items) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/api-keys", this::issue).roles(Role.TENANT_ADMIN)
                .summary("Issue an API key of the caller's tenant; the key is in this answer only")
                .request(NewApiKey.class).response(201, IssuedApiKeyView.class).response(422, Void.class);
        routes.get("/v1/api-keys", this::list).roles(Role.TENANT_ADMIN)
                .summary("List the tenant's API keys, without their secrets").response(200, ApiKeyList.class);
        routes.get("/v1/api-keys/{key}", this::show).roles(Role.TENANT_ADMIN)
                .summary("Show one API key of the tenant, without its secret").response(200, ApiKeyView.class);
        routes.delete("/v1/api-keys/{key}", this::revoke).roles(Role.TENANT_ADMIN)
                .summary("Revoke an API key of the tenant: it stops working at once").response(204, Void.class);
    }

    private void issue(Context ctx) {
        NewApiKey body = JsonBodies.read(ctx, NewApiKey.class);
        IssuedApiKeyView issued = ApiKeyViews.issue(keys, clock, Requests.tenant(ctx), body);
        ctx.status(201).header("Location", "/v1/api-keys/" + issued.apiKey().id()).json(issued);
    }

    private void list(Context ctx) {
        ctx.json(new ApiKeyList(TenantErrors.call(() -> keys.list(Requests.tenant(ctx))).stream()
                .map(k -> ApiKeyViews.view(k, clock)).toList()));
    }

    private void show(Context ctx) {
        ctx.json(ApiKeyViews.view(TenantErrors.call(() -> keys.show(Requests.tenant(ctx), keyId(ctx))), clock));
    }

    private void revoke(Context ctx) {
        TenantErrors.call(() -> keys.revoke(Requests.tenant(ctx), keyId(ctx)));
        ctx.status(204);
    }

    private static String keyId(Context ctx) {
        String id = ctx.pathParam("key");
        if (!id.matches("[0-9a-f]{1,64}")) {
            throw ApiException.notFound("API key", id.length() > 64 ? id.substring(0, 64) + "..." : id);
        }
        return id;
    }
}
