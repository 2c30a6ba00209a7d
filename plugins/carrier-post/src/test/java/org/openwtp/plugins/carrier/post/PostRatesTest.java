package org.openwtp.plugins.carrier.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.plugins.carrier.post.Fixtures.BERLIN;
import static org.openwtp.plugins.carrier.post.Fixtures.MOSCOW;
import static org.openwtp.plugins.carrier.post.Fixtures.SHANGHAI;
import static org.openwtp.plugins.carrier.post.Fixtures.parcel;
import static org.openwtp.plugins.carrier.post.Fixtures.rateRequest;
import static org.openwtp.plugins.carrier.post.Fixtures.smallBox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/** Rates with the default tables (RUB, origin RU); China is zone 3, Germany zone 4. */
class PostRatesTest {

    private final PostCarrier carrier = new PostCarrier();
    private final FakeContext context = FakeContext.of(carrier, Map.of());

    private Optional<RateQuote> quote(String service, RateRequest request) {
        return carrier.quote(request, context).quotes().stream().filter(q -> q.serviceCode().equals(service)).findFirst();
    }

    private List<Reason> reasons(RateRequest request) {
        return carrier.quote(request, context).reasons();
    }

    @ParameterizedTest(name = "small packet {0} kg to CN costs {1} RUB")
    @CsvSource({"0.001, 410.00", "0.100, 410.00", "0.101, 500.00", "0.250, 500.00", "0.251, 630.00", "0.500, 630.00", "0.501, 890.00",
        "1.000, 890.00", "1.001, 1380.00", "2.000, 1380.00"})
    void smallPacketBracketEdges(String kg, String rub) {
        assertThat(quote("SMALL_PACKET", rateRequest(SHANGHAI, smallBox(kg)))).get()
                .extracting(RateQuote::price).isEqualTo(Money.of(rub, "RUB"));
    }

    @Test
    void smallPacketOneGramOverTwoKilogramsIsRefusedWithTheLimit() {
        RateRequest request = rateRequest(SHANGHAI, smallBox("2.001"));
        assertThat(quote("SMALL_PACKET", request)).isEmpty();
        assertThat(reasons(request)).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("OVER_WEIGHT_LIMIT");
            assertThat(r.message()).contains("SMALL_PACKET", "2.001 kg", "2.000 kg limit");
        });
        assertThat(quote("PARCEL", request)).get().extracting(RateQuote::price).isEqualTo(Money.of("2980.00", "RUB"));
    }

    @ParameterizedTest(name = "parcel {0} kg to CN costs {1} RUB")
    @CsvSource({"1.000, 1520.00", "1.001, 1900.00", "2.000, 1900.00", "5.000, 2980.00",
        "5.001, 3370.00",   // 2980 + 1 started kg x 390
        "6.000, 3370.00", "6.001, 3760.00", "20.000, 8830.00"}) // 2980 + 15 x 390
    void parcelBracketEdgesAndExtraKilograms(String kg, String rub) {
        assertThat(quote("PARCEL", rateRequest(SHANGHAI, parcel(kg, 40, 30, 20)))).get()
                .extracting(RateQuote::price).isEqualTo(Money.of(rub, "RUB"));
    }

    @Test
    void parcelOverTwentyKilogramsIsRefusedAndTheLimitIsConfigurable() {
        RateRequest request = rateRequest(SHANGHAI, parcel("20.001", 40, 30, 20));
        assertThat(quote("PARCEL", request)).isEmpty();
        assertThat(reasons(request)).anySatisfy(r -> assertThat(r.message()).contains("PARCEL", "20.001 kg", "20.000 kg limit"));

        FakeContext heavier = FakeContext.of(carrier, Map.of("parcelMaxWeightKg", "31.5"));
        assertThat(carrier.quote(request, heavier).quotes()).anySatisfy(q -> {
            assertThat(q.serviceCode()).isEqualTo("PARCEL");
            assertThat(q.price()).isEqualTo(Money.of("8830.00", "RUB").plus(Money.of("390.00", "RUB")));
        });
    }

    @Test
    void emsChargesTheVolumetricWeightWhenLarger() {
        // 40 x 30 x 30 cm = 36000 cm3 / 6000 = 6.000 kg > 2 kg actual; zone 3: 3600 + 4 started kg x 540
        RateQuote ems = quote("EMS", rateRequest(SHANGHAI, parcel("2", 40, 30, 30))).orElseThrow();
        assertThat(ems.chargeableWeight()).isEqualTo(Weight.ofKilograms("6"));
        assertThat(ems.price()).isEqualTo(Money.of("5760.00", "RUB"));
        // the parcel service of the same box is charged by actual weight
        RateQuote parcel = quote("PARCEL", rateRequest(SHANGHAI, parcel("2", 40, 30, 30))).orElseThrow();
        assertThat(parcel.chargeableWeight()).isEqualTo(Weight.ofKilograms("2"));
        assertThat(parcel.price()).isEqualTo(Money.of("1900.00", "RUB"));
    }

    @Test
    void emsCrossoverFromVolumetricToActualWeight() {
        assertThat(quote("EMS", rateRequest(SHANGHAI, parcel("5.999", 40, 30, 30))).orElseThrow().chargeableWeight())
                .isEqualTo(Weight.ofKilograms("6"));
        assertThat(quote("EMS", rateRequest(SHANGHAI, parcel("6.001", 40, 30, 30))).orElseThrow().chargeableWeight())
                .isEqualTo(Weight.ofKilograms("6.001"));
    }

    @Test
    void volumetricDivisorIsConfigurable() {
        FakeContext divisor5000 = FakeContext.of(carrier, Map.of("volumetricDivisor", "5000"));
        // 36000 / 5000 = 7.2 kg: 3600 + 6 started kg x 540
        RateQuote ems = carrier.quote(rateRequest(SHANGHAI, parcel("2", 40, 30, 30)), divisor5000).quotes().stream()
                .filter(q -> q.serviceCode().equals("EMS")).findFirst().orElseThrow();
        assertThat(ems.chargeableWeight()).isEqualTo(Weight.ofKilograms("7.2"));
        assertThat(ems.price()).isEqualTo(Money.of("6840.00", "RUB"));
    }

    @Test
    void smallPacketSizeLimitsAre600mmSideAnd900mmSum() {
        assertThat(quote("SMALL_PACKET", rateRequest(SHANGHAI, parcel("0.5", 60, 20, 10)))).isPresent();
        RateRequest tooLong = rateRequest(SHANGHAI, parcel("0.5", 61, 20, 9));
        assertThat(quote("SMALL_PACKET", tooLong)).isEmpty();
        assertThat(reasons(tooLong)).anySatisfy(r -> assertThat(r.message()).contains("SMALL_PACKET", "610 mm", "600 mm limit"));
        assertThat(quote("SMALL_PACKET", rateRequest(SHANGHAI, parcel("0.5", 50, 25, 15)))).isPresent();
        RateRequest tooBig = rateRequest(SHANGHAI, parcel("0.5", 50, 25, 16));
        assertThat(reasons(tooBig)).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("OVER_SIZE_LIMIT");
            assertThat(r.message()).contains("910 mm", "900 mm limit");
        });
    }

    @Test
    void parcelSizeLimitsAre1500mmSideAnd3000mmLengthPlusGirth() {
        assertThat(quote("PARCEL", rateRequest(SHANGHAI, parcel("3", 150, 30, 30)))).isPresent();
        assertThat(reasons(rateRequest(SHANGHAI, parcel("3", 151, 30, 30))))
                .anySatisfy(r -> assertThat(r.message()).contains("PARCEL", "1510 mm", "1500 mm limit"));
        // 100 + 2 x (60 + 50) = 320 cm
        assertThat(reasons(rateRequest(SHANGHAI, parcel("3", 100, 60, 50))))
                .anySatisfy(r -> assertThat(r.message()).contains("PARCEL", "3200 mm in length plus girth", "3000 mm limit"));
    }

    @Test
    void everyParcelIsASeparateItemAndTheQuoteIsTheirSum() {
        RateQuote parcels = quote("PARCEL", rateRequest(BERLIN, parcel("1", 30, 20, 10), parcel("4", 40, 30, 20))).orElseThrow();
        assertThat(parcels.price()).isEqualTo(Money.of("1650.00", "RUB").plus(Money.of("3340.00", "RUB")));
        assertThat(parcels.chargeableWeight()).isEqualTo(Weight.ofKilograms("5"));
        assertThat(parcels.incoterm()).isEqualTo(Incoterm.DAP);
        assertThat(parcels.transitDaysMin()).isEqualTo(15);
        assertThat(parcels.transitDaysMax()).isEqualTo(35);
    }

    @Test
    void aParcelThatNoServiceCanTakeGetsEveryReason() {
        RateResponse response = carrier.quote(rateRequest(SHANGHAI, parcel("45", 160, 50, 50)), context);
        assertThat(response.quotes()).isEmpty();
        assertThat(response.reasons()).extracting(Reason::message)
                .anySatisfy(m -> assertThat(m).startsWith("SMALL_PACKET"))
                .anySatisfy(m -> assertThat(m).startsWith("PARCEL"))
                .anySatisfy(m -> assertThat(m).startsWith("EMS").contains("30.000 kg limit"));
    }

    @Test
    void refusesOtherOriginsDomesticAndUnzonedDestinations() {
        RateRequest fromChina = new RateRequest(SHANGHAI, BERLIN, List.of(smallBox("1")), List.of(), Money.of("1", "EUR"), Optional.empty());
        assertThat(carrier.quote(fromChina, context).reasons()).extracting(Reason::code).containsExactly("ORIGIN_NOT_SERVED");
        Address petersburg = Address.of("Ivan", "Nevsky 1", "Saint Petersburg", "191186", CountryCode.of("RU"));
        assertThat(carrier.quote(rateRequest(petersburg, smallBox("1")), context).reasons()).extracting(Reason::code)
                .containsExactly("DOMESTIC_NOT_OFFERED");
        FakeContext noRestOfWorld = FakeContext.of(carrier, Map.of("zones", "CN = 3\n",
                "rates", "SMALL_PACKET 3 2 1380.00\n", "transitDays", "SMALL_PACKET 3 12-25\n"));
        assertThat(carrier.quote(rateRequest(BERLIN, smallBox("1")), noRestOfWorld).reasons()).extracting(Reason::code)
                .containsExactly("NO_SERVICE_TO_DESTINATION");
    }

    @Test
    void saysDdpIsNotOfferedWhenAnEstimateIsGiven() {
        RateRequest withEstimate = new RateRequest(MOSCOW, SHANGHAI, List.of(smallBox("1")), List.of(), Money.of("24", "EUR"),
                Optional.of(Money.of("12.00", "EUR")));
        RateResponse response = carrier.quote(withEstimate, context);
        assertThat(response.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.incoterm()).isEqualTo(Incoterm.DAP));
        assertThat(response.reasons()).extracting(Reason::code).contains("DDP_NOT_OFFERED");
    }

    @Test
    void currencyIsConfigurable() {
        FakeContext cny = FakeContext.of(carrier, Map.of("currency", "CNY", "originCountry", "CN",
                "rates", "SMALL_PACKET 1 2 88.50\n", "zones", "RU = 1\n", "transitDays", "SMALL_PACKET 1 10-20\n"));
        Parcel p = smallBox("1");
        RateRequest request = new RateRequest(SHANGHAI, MOSCOW, List.of(p), List.of(), Money.of("1", "CNY"), Optional.empty());
        assertThat(carrier.quote(request, cny).quotes()).singleElement()
                .satisfies(q -> assertThat(q.price()).isEqualTo(Money.of("88.50", "CNY")));
    }
}
