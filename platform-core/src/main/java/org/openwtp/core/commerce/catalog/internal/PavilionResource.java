package org.openwtp.core.commerce.catalog.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openwtp.core.commerce.catalog.PavilionDirectory;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.PavilionList;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.PavilionView;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;

/** {@code /v1/pavilions}: the tenant's pavilions. Thread-safe. */
public final class PavilionResource implements ApiResource {

    private final PavilionDirectory pavilions;

    /** @param pavilions the tenant's pavilions */
    @Inject
    public PavilionResource(PavilionDirectory pavilions) {
        this.pavilions = pavilions;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/v1/pavilions", this::list).roles(Role.TENANT_ADMIN, Role.SELLER, Role.STOREFRONT)
                .summary("List the marketplace's pavilions (enabled country pavilion plugins) with their profiles")
                .response(200, PavilionList.class);
    }

    private void list(Context ctx) {
        ctx.json(new PavilionList(pavilions.list(Requests.tenant(ctx)).stream().map(PavilionView::of).toList()));
    }
}
