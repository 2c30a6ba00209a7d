package org.openwtp.core.commerce.order;

import org.jdbi.v3.core.Handle;
import org.openwtp.sdk.context.TenantId;

/**
 * Told of every stock change orders make (a reservation at placement, a release when an order is cancelled
 * or its payment fails), on the write transaction that makes it. The catalog sets this optional binding to
 * drop its cached copy of the product once that transaction commits; without the catalog nobody listens.
 * Implementations are thread-safe and must not write.
 */
public interface StockChanges {

    /** Listens to nothing. */
    StockChanges NONE = (h, tenant, productId) -> {
    };

    /**
     * @param h         the write transaction that changed the stock (not yet committed)
     * @param tenant    the tenant
     * @param productId the product whose stock changed
     */
    void changed(Handle h, TenantId tenant, String productId);
}
