package org.openwtp.core.commerce.order;

import org.openwtp.sdk.context.TenantId;

/**
 * Where orders find the quote they are placed from: the catalog's stored landed-cost quotes. Bound by the
 * catalog feature (an adapter over its quote service); tests bind a fake. Implementations are thread-safe.
 */
public interface QuoteSource {

    /**
     * A quote that can still be ordered.
     *
     * @param tenant  the tenant
     * @param quoteId the quote
     * @return the quote with its options
     * @throws org.openwtp.core.http.ApiException {@link CommerceErrors#QUOTE_NOT_FOUND} if the tenant has no such
     *                                            quote, {@link CommerceErrors#QUOTE_EXPIRED} if it expired
     */
    OrderableQuote findValid(TenantId tenant, String quoteId);
}
