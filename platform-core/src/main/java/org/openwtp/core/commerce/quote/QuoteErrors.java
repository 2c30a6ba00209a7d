package org.openwtp.core.commerce.quote;

import org.openwtp.core.http.ErrorCode;

/** The error codes of quotes, as clients see them (listed in docs/commerce.md). */
public final class QuoteErrors {

    /** The items come from more than one seller. */
    public static final ErrorCode MIXED_SELLERS = ErrorCode.of("quote_mixed_sellers", "Items from more than one seller", 422);
    /** A conversion the quote cannot do without has no exchange rate. */
    public static final ErrorCode FX_RATE_UNAVAILABLE = ErrorCode.of("fx_rate_unavailable", "Exchange rate unavailable", 422);
    /** The tenant has no carrier enabled. */
    public static final ErrorCode NO_CARRIERS = ErrorCode.of("no_carriers", "No carrier enabled", 422);

    private QuoteErrors() {
    }
}
