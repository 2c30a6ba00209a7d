package org.openwtp.core.commerce.catalog.internal;

import jakarta.inject.Inject;
import java.util.Optional;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.commerce.order.SellerKeys;
import org.openwtp.sdk.context.TenantId;

/** The orders feature's view of the catalog's key-to-seller links. Thread-safe. */
public final class CatalogSellerKeys implements SellerKeys {

    private final SellerService sellers;

    /** @param sellers the sellers */
    @Inject
    public CatalogSellerKeys(SellerService sellers) {
        this.sellers = sellers;
    }

    @Override
    public Optional<String> sellerOfKey(TenantId tenant, String keyId) {
        return sellers.sellerOfKey(tenant, keyId);
    }
}
