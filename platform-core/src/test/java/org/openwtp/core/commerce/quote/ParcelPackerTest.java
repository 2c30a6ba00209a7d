package org.openwtp.core.commerce.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.core.commerce.quote.internal.ParcelPacker;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

class ParcelPackerTest {

    private final ParcelPacker packer = new ParcelPacker(Weight.ofGrams(5000), 300);

    private static QuotedItem item(int quantity, long grams, Dimensions dims) {
        return new QuotedItem("prd_x", "x", HsCode.of("090210"), CountryCode.of("CN"), quantity, Money.of("1.00", "CNY"),
                Weight.ofGrams(grams), dims);
    }

    @Test
    void unitsAreTurnedFlatAndStackedIntoOneParcel() {
        List<Parcel> parcels = packer.pack(List.of(item(3, 400, new Dimensions(50, 200, 100))));

        assertThat(parcels).containsExactly(new Parcel(Weight.ofGrams(1200), new Dimensions(200, 100, 150)));
    }

    @Test
    void aNewParcelStartsAtTheWeightOrHeightLimit() {
        assertThat(packer.pack(List.of(item(3, 2000, new Dimensions(100, 100, 10)))))
                .extracting(p -> p.actualWeight().grams()).containsExactly(4000L, 2000L);
        assertThat(packer.pack(List.of(item(4, 10, new Dimensions(100, 100, 100)))))
                .extracting(p -> p.dimensions().heightMm()).containsExactly(300, 100);
    }

    @Test
    void aUnitOverTheLimitTravelsAlone() {
        assertThat(packer.pack(List.of(item(1, 100, new Dimensions(10, 10, 10)), item(1, 9000, new Dimensions(10, 10, 10)))))
                .extracting(p -> p.actualWeight().grams()).containsExactly(100L, 9000L);
    }
}
