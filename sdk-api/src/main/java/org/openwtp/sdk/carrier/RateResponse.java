package org.openwtp.sdk.carrier;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.Reason;

/**
 * Every eligible service's price; an empty list of quotes means the carrier cannot ship, and the
 * reasons say why (over the weight limit, no service to the destination).
 *
 * @param quotes  the rates, possibly none
 * @param reasons why services are missing; required when there are no quotes
 */
public record RateResponse(List<RateQuote> quotes, List<Reason> reasons) {

    /**
     * Validates the response.
     *
     * @param quotes  the rates, possibly none
     * @param reasons why services are missing; required when there are no quotes
     */
    public RateResponse {
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes must not be null"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null"));
        if (quotes.isEmpty() && reasons.isEmpty()) {
            throw new IllegalArgumentException("a carrier that cannot ship must say why");
        }
    }

    /**
     * Rates for the services that can ship.
     *
     * @param quotes the rates
     * @return the response
     */
    public static RateResponse of(List<RateQuote> quotes) {
        return new RateResponse(quotes, List.of());
    }

    /**
     * The carrier cannot ship this.
     *
     * @param reasons why
     * @return the response
     */
    public static RateResponse cannotShip(List<Reason> reasons) {
        return new RateResponse(List.of(), reasons);
    }
}
