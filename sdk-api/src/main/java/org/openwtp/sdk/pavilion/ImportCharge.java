package org.openwtp.sdk.pavilion;

import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.HsCode;

/**
 * One duty, tax or fee on an import.
 *
 * @param type        the kind of charge
 * @param description how it was computed, e.g. {@code duty 15% of value above EUR 200}
 * @param amount      the amount, zero or more, in the assessment's currency
 * @param hsCode      the commodity it applies to, or empty for the whole parcel
 */
public record ImportCharge(ChargeType type, String description, Money amount, Optional<HsCode> hsCode) {

    /**
     * Validates the charge.
     *
     * @param type        the kind of charge
     * @param description how it was computed, e.g. {@code duty 15% of value above EUR 200}
     * @param amount      the amount, zero or more, in the assessment's currency
     * @param hsCode      the commodity it applies to, or empty for the whole parcel
     */
    public ImportCharge {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an import charge cannot be negative, was " + amount);
        }
        Objects.requireNonNull(hsCode, "hsCode must not be null (use Optional.empty())");
    }

    /**
     * A charge on the whole parcel.
     *
     * @param type        the kind
     * @param description how it was computed
     * @param amount      the amount
     * @return the charge
     */
    public static ImportCharge of(ChargeType type, String description, Money amount) {
        return new ImportCharge(type, description, amount, Optional.empty());
    }
}
