package org.openwtp.core.commerce.catalog.internal;

import jakarta.inject.Inject;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.commerce.catalog.ProductService;
import org.openwtp.core.commerce.order.StockChanges;
import org.openwtp.sdk.context.TenantId;

/** The orders' stock changes drop the catalog's cached product when their transaction commits. Thread-safe. */
public final class CatalogStockChanges implements StockChanges {

    private final ProductService products;

    /** @param products the catalog */
    @Inject
    public CatalogStockChanges(ProductService products) {
        this.products = products;
    }

    @Override
    public void changed(Handle h, TenantId tenant, String productId) {
        products.changedIn(h, tenant, productId);
    }
}
