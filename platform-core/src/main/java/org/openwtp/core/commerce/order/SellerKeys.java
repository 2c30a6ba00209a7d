package org.openwtp.core.commerce.order;

import java.util.Optional;
import org.openwtp.sdk.context.TenantId;

/**
 * Which seller a SELLER API key acts for. The catalog owns that link (a key becomes its seller's when it
 * applies) and sets this optional binding; without the catalog no SELLER key acts for any seller, so a
 * seller sees no orders. Implementations are thread-safe.
 */
public interface SellerKeys {

    /**
     * @param tenant the tenant
     * @param keyId  the API key's id (the principal's subject)
     * @return the seller the key acts for, if it has applied
     */
    Optional<String> sellerOfKey(TenantId tenant, String keyId);
}
