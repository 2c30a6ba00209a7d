package org.openwtp.core.commerce.quote;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the buyer should know about a quote: a carrier that dropped out, duties that are not estimated.
 *
 * @param code     stable code, e.g. {@code CARRIER_TIMED_OUT}, {@code DUTIES_NOT_ESTIMATED}
 * @param message  what happened
 * @param pluginId the plugin concerned, if any
 */
public record QuoteWarning(String code, String message, Optional<String> pluginId) {

    /** Codes the quote service uses. */
    public static final String CARRIER_FAILED = "CARRIER_FAILED";
    /** A carrier the tenant enabled is not running (stopped or failed), so it was not asked. */
    public static final String CARRIER_UNAVAILABLE = "CARRIER_UNAVAILABLE";
    /** A carrier did not answer before the deadline. */
    public static final String CARRIER_TIMED_OUT = "CARRIER_TIMED_OUT";
    /** A carrier answered that it cannot ship the parcels. */
    public static final String CARRIER_CANNOT_SHIP = "CARRIER_CANNOT_SHIP";
    /** No duties or taxes are included. */
    public static final String DUTIES_NOT_ESTIMATED = "DUTIES_NOT_ESTIMATED";
    /** A needed exchange rate is missing. */
    public static final String FX_RATE_UNAVAILABLE = "FX_RATE_UNAVAILABLE";
    /** The destination pavilion's note (a threshold close, a regime change). */
    public static final String IMPORT_NOTE = "IMPORT_NOTE";

    /** Validates. */
    public QuoteWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pluginId, "pluginId");
    }

    static QuoteWarning of(String code, String message) {
        return new QuoteWarning(code, message, Optional.empty());
    }

    static QuoteWarning of(String code, String message, String pluginId) {
        return new QuoteWarning(code, message, Optional.of(pluginId));
    }
}
