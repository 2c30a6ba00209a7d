package org.openwtp.sdk.carrier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Parcel;

/**
 * A request for rates: what ships, from where, to where.
 *
 * @param from                    the sender's address
 * @param to                      the recipient's address
 * @param parcels                 one or more parcels
 * @param contents                the goods, for customs and declared value
 * @param declaredValue           the value of the goods
 * @param estimatedImportCharges  duties and import taxes the destination pavilion estimated, so a DDP
 *                                service can include them; empty when no estimate exists
 */
public record RateRequest(Address from, Address to, List<Parcel> parcels, List<CustomsItem> contents, Money declaredValue,
                          Optional<Money> estimatedImportCharges) {

    /**
     * Validates the request.
     *
     * @param from                   the sender's address
     * @param to                     the recipient's address
     * @param parcels                one or more parcels
     * @param contents               the goods, for customs and declared value
     * @param declaredValue          the value of the goods
     * @param estimatedImportCharges duties and import taxes the destination pavilion estimated, so a DDP
     *                               service can include them; empty when no estimate exists
     */
    public RateRequest {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(parcels, "parcels must not be null");
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("a rate request needs at least one parcel");
        }
        parcels = List.copyOf(parcels);
        contents = List.copyOf(Objects.requireNonNull(contents, "contents must not be null"));
        Objects.requireNonNull(declaredValue, "declared value must not be null");
        Objects.requireNonNull(estimatedImportCharges, "estimated import charges must not be null (use Optional.empty())");
    }
}
