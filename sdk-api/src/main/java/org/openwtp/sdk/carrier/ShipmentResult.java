package org.openwtp.sdk.carrier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;

/**
 * A booked shipment, or why it could not be booked.
 *
 * @param trackingNumber the carrier's tracking number; empty when refused
 * @param label          the label; empty when refused
 * @param declaration    the customs declaration the carrier generated; empty when refused
 * @param charge         what the carrier charges; empty when refused
 * @param reasons        why it was refused; empty when booked
 */
public record ShipmentResult(String trackingNumber, Optional<Label> label, Optional<CustomsDeclaration> declaration,
                             Optional<Money> charge, List<Reason> reasons) {

    /**
     * Validates the result.
     *
     * @param trackingNumber the carrier's tracking number; empty when refused
     * @param label          the label; empty when refused
     * @param declaration    the customs declaration the carrier generated; empty when refused
     * @param charge         what the carrier charges; empty when refused
     * @param reasons        why it was refused; empty when booked
     */
    public ShipmentResult {
        Objects.requireNonNull(trackingNumber, "tracking number must not be null");
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(declaration, "declaration must not be null");
        Objects.requireNonNull(charge, "charge must not be null");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null"));
        boolean booked = !trackingNumber.isEmpty();
        if (booked && (label.isEmpty() || declaration.isEmpty() || charge.isEmpty())) {
            throw new IllegalArgumentException("a booked shipment needs a label, a customs declaration and a charge");
        }
        if (booked && !reasons.isEmpty()) {
            throw new IllegalArgumentException("a booked shipment carries no refusal reasons");
        }
        if (!booked && reasons.isEmpty()) {
            throw new IllegalArgumentException("a refused shipment needs a reason");
        }
        if (!booked && (label.isPresent() || declaration.isPresent() || charge.isPresent())) {
            throw new IllegalArgumentException("a refused shipment (no tracking number) has no label, customs declaration or charge");
        }
    }

    /**
     * A booked shipment.
     *
     * @param trackingNumber the tracking number
     * @param label          the label
     * @param declaration    the customs declaration
     * @param charge         the charge
     * @return the result
     */
    public static ShipmentResult booked(String trackingNumber, Label label, CustomsDeclaration declaration, Money charge) {
        return new ShipmentResult(trackingNumber, Optional.of(label), Optional.of(declaration), Optional.of(charge), List.of());
    }

    /**
     * A refused shipment.
     *
     * @param reasons why
     * @return the result
     */
    public static ShipmentResult refused(List<Reason> reasons) {
        return new ShipmentResult("", Optional.empty(), Optional.empty(), Optional.empty(), reasons);
    }

    /**
     * Whether the shipment was booked.
     *
     * @return true if there is a tracking number
     */
    public boolean isBooked() {
        return !trackingNumber.isEmpty();
    }
}
