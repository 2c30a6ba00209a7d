package org.openwtp.core.commerce.catalog.internal;

import io.javalin.http.Context;
import java.util.Optional;
import org.openwtp.core.commerce.catalog.CatalogErrors;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;

/** Which seller a request may act for, from its credential. */
final class CallerSeller {

    private CallerSeller() {
    }

    /**
     * The seller a SELLER key acts for; empty for the other roles (which are not limited to one seller).
     *
     * @param ctx     the request
     * @param sellers the sellers
     * @return the seller id, or empty for admins and storefronts
     * @throws ApiException 403 for a SELLER key that has not applied yet
     */
    static Optional<String> of(Context ctx, SellerService sellers) {
        Principal principal = Requests.principal(ctx);
        if (principal.role() != Role.SELLER) {
            return Optional.empty();
        }
        return Optional.of(sellers.sellerOfKey(Requests.tenant(ctx), principal.subject()).orElseThrow(() -> new ApiException(
                CatalogErrors.SELLER_KEY_UNBOUND, "this SELLER key acts for no seller yet: apply with POST /v1/sellers first")));
    }

    /**
     * Refuses a SELLER key acting on another seller's resource, as not found (never revealing it exists).
     *
     * @param ctx      the request
     * @param sellers  the sellers
     * @param ownerId  the seller owning the resource
     * @param kind     e.g. {@code product}
     * @param id       the resource id
     */
    static void requireOwn(Context ctx, SellerService sellers, String ownerId, String kind, String id) {
        Optional<String> own = of(ctx, sellers);
        if (own.isPresent() && !own.get().equals(ownerId)) {
            throw ApiException.notFound(kind, id);
        }
    }
}
