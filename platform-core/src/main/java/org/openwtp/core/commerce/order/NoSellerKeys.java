package org.openwtp.core.commerce.order;

import java.util.Optional;
import org.openwtp.sdk.context.TenantId;

/** Without the catalog: no SELLER key acts for a seller. Thread-safe. */
final class NoSellerKeys implements SellerKeys {

    @Override
    public Optional<String> sellerOfKey(TenantId tenant, String keyId) {
        return Optional.empty();
    }
}
