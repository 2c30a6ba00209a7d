package org.openwtp.plugins.carrier.express;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.ShipmentCategory;
import org.openwtp.sdk.trade.Weight;

/** Addresses, parcels and requests used across the tests. */
final class Fixtures {

    static final Address MOSCOW = Address.of("Altai Honey LLC", "ul. Tverskaya 7", "Moscow", "125009", CountryCode.of("RU"));
    static final Address SHANGHAI = Address.of("Li Wei", "88 Nanjing Road", "Shanghai", "200001", CountryCode.of("CN"));
    static final Address BERLIN = Address.of("Anna Schmidt", "Unter den Linden 1", "Berlin", "10117", CountryCode.of("DE"));

    private Fixtures() {
    }

    static Parcel parcel(String kg, int lengthCm, int widthCm, int heightCm) {
        return new Parcel(Weight.ofKilograms(kg), Dimensions.ofCentimetres(lengthCm, widthCm, heightCm));
    }

    static Parcel smallBox(String kg) {
        return parcel(kg, 20, 15, 10);
    }

    static CustomsItem honey(int quantity, String unitValue, String currency) {
        return new CustomsItem("natural buckwheat honey", HsCode.of("0409.00"), CountryCode.of("RU"), quantity,
                Money.of(unitValue, currency), Weight.ofKilograms("0.5"));
    }

    static RateRequest rateRequest(Address to, Parcel... parcels) {
        return new RateRequest(MOSCOW, to, List.of(parcels), List.of(honey(1, "24.00", "EUR")), Money.of("24.00", "EUR"), Optional.empty());
    }

    static ShipmentRequest shipment(String service, Address to, CustomsItem item, Parcel... parcels) {
        return new ShipmentRequest("ORD-1001", service, MOSCOW, to, List.of(parcels), List.of(item), ShipmentCategory.SALE_OF_GOODS);
    }
}
