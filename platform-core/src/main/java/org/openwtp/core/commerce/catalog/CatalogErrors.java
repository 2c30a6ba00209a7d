package org.openwtp.core.commerce.catalog;

import org.openwtp.core.http.ErrorCode;

/** The error codes of sellers and the catalog, as clients see them (listed in docs/commerce.md). */
public final class CatalogErrors {

    /** Another seller of the same pavilion already holds that registry number. */
    public static final ErrorCode REGISTRY_NUMBER_TAKEN = ErrorCode.of("seller_registry_number_taken", "Registry number already registered", 409);
    /** The seller is not verified, so it cannot list. */
    public static final ErrorCode SELLER_NOT_VERIFIED = ErrorCode.of("seller_not_verified", "Seller not verified", 409);
    /** Documents can only be sent while the pavilion waits for them. */
    public static final ErrorCode SELLER_NOT_PENDING = ErrorCode.of("seller_not_pending_documents", "Seller is not waiting for documents", 409);
    /** The SELLER key already acts for a seller. */
    public static final ErrorCode SELLER_KEY_BOUND = ErrorCode.of("seller_key_already_bound", "API key already acts for a seller", 409);
    /** The SELLER key acts for no seller yet. */
    public static final ErrorCode SELLER_KEY_UNBOUND = ErrorCode.of("seller_key_unbound", "API key acts for no seller", 403);
    /** The pavilion blocks the listing; the field errors carry its reasons. */
    public static final ErrorCode LISTING_BLOCKED = ErrorCode.of("listing_blocked", "Listing blocked by the pavilion", 422);
    /** A stock adjustment would take the stock below zero. */
    public static final ErrorCode INSUFFICIENT_STOCK = ErrorCode.of("insufficient_stock", "Not enough stock", 409);
    /** Someone else changed the record between our read and our write. */
    public static final ErrorCode CONCURRENT_UPDATE = ErrorCode.of("concurrent_update", "Changed concurrently", 409);

    private CatalogErrors() {
    }
}
