package org.openwtp.sdk.carrier;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.openwtp.sdk.trade.Incoterm;

/**
 * A service a carrier offers, e.g. an economy post service or an express DDP service.
 *
 * @param code      stable code, e.g. {@code EMS}, {@code EXPRESS_DDP}
 * @param name      display name
 * @param incoterms the Incoterms it ships under
 */
public record CarrierService(String code, String name, Set<Incoterm> incoterms) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /**
     * Validates the service.
     *
     * @param code      stable code, e.g. {@code EMS}, {@code EXPRESS_DDP}
     * @param name      display name
     * @param incoterms the Incoterms it ships under
     */
    public CarrierService {
        Objects.requireNonNull(code, "code must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("service code '" + code + "' is not accepted: use upper-case letters, digits, underscores");
        }
        Objects.requireNonNull(name, "name must not be null");
        incoterms = Set.copyOf(Objects.requireNonNull(incoterms, "incoterms must not be null"));
        if (incoterms.isEmpty()) {
            throw new IllegalArgumentException("service '" + code + "' must ship under at least one Incoterm");
        }
    }
}
