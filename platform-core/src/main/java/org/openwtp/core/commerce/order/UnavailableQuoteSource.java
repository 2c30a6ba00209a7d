package org.openwtp.core.commerce.order;

import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.sdk.context.TenantId;

/** The {@link QuoteSource} of a server without the catalog feature: every quote is unavailable. Thread-safe. */
final class UnavailableQuoteSource implements QuoteSource {

    @Override
    public OrderableQuote findValid(TenantId tenant, String quoteId) {
        throw new ApiException(ErrorCode.NOT_IMPLEMENTED, "this server has no quote service; orders cannot be placed");
    }
}
