package org.openwtp.core.commerce.order;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.commerce.order.internal.OrderDao;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Role;
import org.openwtp.core.store.Storage;

/**
 * Which orders a caller may act on: a SELLER key only its own seller's (another seller's order is answered
 * as not found, never revealed); storefronts and tenant admins every order of their tenant. Used by the
 * order, payment and shipment resources. Thread-safe.
 */
public final class OrderAccess {

    private final Storage storage;
    private final SellerKeys sellerKeys;

    /**
     * @param storage    the database
     * @param sellerKeys which seller a SELLER key acts for
     */
    @Inject
    public OrderAccess(Storage storage, SellerKeys sellerKeys) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.sellerKeys = Objects.requireNonNull(sellerKeys, "sellerKeys must not be null");
    }

    /**
     * @param caller the caller
     * @return the only seller whose orders the caller may see: present for a SELLER key (a key that acts for
     *         no seller yet gets an id no order has), empty for the other roles
     */
    public Optional<String> sellerScope(Principal caller) {
        if (caller.role() != Role.SELLER) {
            return Optional.empty();
        }
        return Optional.of(sellerKeys.sellerOfKey(caller.tenant(), caller.subject()).orElse(""));
    }

    /**
     * Refuses a SELLER key acting on an order of another seller.
     *
     * @param caller  the caller
     * @param orderId the order
     * @throws ApiException 404 {@code not_found} when the order is another seller's
     */
    public void requireVisible(Principal caller, String orderId) {
        Optional<String> scope = sellerScope(caller);
        if (scope.isEmpty()) {
            return;
        }
        boolean own = storage.withHandle(h -> OrderDao.find(h, caller.tenant(), orderId))
                .map(order -> order.sellerId().equals(scope.get())).orElse(true); // an order that does not exist: 404 later
        if (!own) {
            throw ApiException.notFound("order", orderId);
        }
    }
}
