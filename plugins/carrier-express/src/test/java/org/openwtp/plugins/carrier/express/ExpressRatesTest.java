package org.openwtp.plugins.carrier.express;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.plugins.carrier.express.Fixtures.BERLIN;
import static org.openwtp.plugins.carrier.express.Fixtures.MOSCOW;
import static org.openwtp.plugins.carrier.express.Fixtures.SHANGHAI;
import static org.openwtp.plugins.carrier.express.Fixtures.parcel;
import static org.openwtp.plugins.carrier.express.Fixtures.rateRequest;

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
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/** Default tables: USD, divisor 5000, fuel 24.50% (DHL Express, December 2024); China is zone A, Germany zone C. */
class ExpressRatesTest {

    private final ExpressCarrier carrier = new ExpressCarrier();
    private final FakeContext context = FakeContext.of(carrier, Map.of());
    private final FakeContext noFuel = FakeContext.of(carrier, Map.of("fuelSurchargePercent", "0"));

    private static Parcel tiny(String kg) {
        return parcel(kg, 10, 10, 10); // 1000 cm3 = 0.2 kg volumetric
    }

    private RateQuote dap(FakeContext ctx, RateRequest request) {
        return carrier.quote(request, ctx).quotes().stream().filter(q -> q.serviceCode().equals("EXPRESS")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} kg is charged as {1} kg at {2} USD before fuel")
    @CsvSource({"0.001, 0.5, 38.00", "0.500, 0.5, 38.00", "0.501, 1, 45.50", "1.000, 1, 45.50", "1.001, 1.5, 58.00", "2.000, 2, 58.00",
        "2.001, 2.5, 92.00", "5.000, 5, 92.00", "5.001, 5.5, 140.00", "10.000, 10, 140.00",
        "10.001, 10.5, 146.20",  // 140 + 1 x 6.20 per additional 0.5 kg
        "11.000, 11, 152.40"})
    void bracketEdgesOnTheChargeableWeightRoundedUpToHalfAKilo(String kg, String chargedKg, String usd) {
        RateQuote q = dap(noFuel, rateRequest(SHANGHAI, tiny(kg)));
        assertThat(q.chargeableWeight()).isEqualTo(Weight.ofKilograms(chargedKg));
        assertThat(q.price()).isEqualTo(Money.of(usd, "USD"));
    }

    @Test
    void volumetricWeightWinsUntilTheActualWeightIsHeavier() {
        // 50 x 40 x 30 cm = 60000 cm3 / 5000 = 12.0 kg
        assertThat(dap(noFuel, rateRequest(SHANGHAI, parcel("11.9", 50, 40, 30))).chargeableWeight()).isEqualTo(Weight.ofKilograms("12"));
        assertThat(dap(noFuel, rateRequest(SHANGHAI, parcel("11.9", 50, 40, 30))).price()).isEqualTo(Money.of("164.80", "USD"));
        assertThat(dap(noFuel, rateRequest(SHANGHAI, parcel("12.1", 50, 40, 30))).chargeableWeight()).isEqualTo(Weight.ofKilograms("12.5"));
        assertThat(dap(noFuel, rateRequest(SHANGHAI, parcel("12.1", 50, 40, 30))).price()).isEqualTo(Money.of("171.00", "USD"));
    }

    @Test
    void theDivisorIsConfigurable() {
        FakeContext divisor6000 = FakeContext.of(carrier, Map.of("volumetricDivisor", "6000", "fuelSurchargePercent", "0"));
        // 60000 / 6000 = 10.0 kg
        RateQuote q = dap(divisor6000, rateRequest(SHANGHAI, parcel("8", 50, 40, 30)));
        assertThat(q.chargeableWeight()).isEqualTo(Weight.ofKilograms("10"));
        assertThat(q.price()).isEqualTo(Money.of("140.00", "USD"));
    }

    @Test
    void piecesAreSummedBeforeRoundingToHalfAKilo() {
        RateQuote q = dap(noFuel, rateRequest(SHANGHAI, tiny("0.2"), tiny("0.2"), tiny("0.2")));
        assertThat(q.chargeableWeight()).isEqualTo(Weight.ofKilograms("1"));
        assertThat(q.price()).isEqualTo(Money.of("45.50", "USD"));
    }

    @Test
    void fuelSurchargeIsAPercentOfTheBaseRate() {
        // 38.00 x 24.50% = 9.31
        assertThat(dap(context, rateRequest(SHANGHAI, tiny("0.5"))).price()).isEqualTo(Money.of("47.31", "USD"));
        // zone C 1 kg: 55.00 x 24.50% = 13.475 -> 13.48
        assertThat(dap(context, rateRequest(BERLIN, tiny("1"))).price()).isEqualTo(Money.of("68.48", "USD"));
    }

    @Test
    void fuelSurchargeRoundsHalfUpToTheCent() {
        FakeContext halfCent = FakeContext.of(carrier, Map.of("rates", "A 0.5 45.20\n", "fuelSurchargePercent", "1.25"));
        // 45.20 x 1.25% = 0.565 -> 0.57 (half up; half even would give 0.56)
        assertThat(dap(halfCent, rateRequest(SHANGHAI, tiny("0.5"))).price()).isEqualTo(Money.of("45.77", "USD"));
    }

    @Test
    void ddpAddsTheConvertedDutyEstimateAndTheFee() {
        RateRequest request = new RateRequest(MOSCOW, SHANGHAI, List.of(tiny("0.5")), List.of(), Money.of("400.00", "CNY"),
                Optional.of(Money.of("500.00", "CNY")));
        RateResponse response = carrier.quote(request, context);
        RateQuote ddp = response.quotes().stream().filter(q -> q.serviceCode().equals("EXPRESS_DDP")).findFirst().orElseThrow();
        // 47.31 transport + 500 CNY x 0.141385 = 70.6925 -> 70.70 (rounded up) + 15.00 fee
        assertThat(ddp.price()).isEqualTo(Money.of("133.01", "USD"));
        assertThat(ddp.incoterm()).isEqualTo(Incoterm.DDP);
        assertThat(ddp.dutiesIncluded()).isTrue();
        assertThat(response.reasons()).isEmpty();
    }

    @Test
    void convertedDutiesAreRoundedUpSoTheCourierNeverUnderCollects() {
        // 333.33 RUB x 0.012542 = 4.18062486 -> 4.19
        RateRequest request = new RateRequest(MOSCOW, SHANGHAI, List.of(tiny("0.5")), List.of(), Money.of("1", "RUB"),
                Optional.of(Money.of("333.33", "RUB")));
        RateQuote ddp = carrier.quote(request, noFuel).quotes().stream().filter(q -> q.dutiesIncluded()).findFirst().orElseThrow();
        assertThat(ddp.price()).isEqualTo(Money.of("57.19", "USD")); // 38.00 + 4.19 + 15.00
    }

    @Test
    void anEstimateInTheCouriersCurrencyNeedsNoConversionAndZeroDutiesStillPayTheFee() {
        RateRequest usd = new RateRequest(MOSCOW, SHANGHAI, List.of(tiny("0.5")), List.of(), Money.of("1", "USD"), Optional.of(Money.of("12.34", "USD")));
        assertThat(carrier.quote(usd, noFuel).quotes()).anySatisfy(q -> assertThat(q.price()).isEqualTo(Money.of("65.34", "USD")));
        RateRequest zero = new RateRequest(MOSCOW, SHANGHAI, List.of(tiny("0.5")), List.of(), Money.of("1", "USD"), Optional.of(Money.zero(
                org.openwtp.sdk.money.CurrencyCode.of("EUR"))));
        assertThat(carrier.quote(zero, noFuel).quotes()).anySatisfy(q -> assertThat(q.price()).isEqualTo(Money.of("53.00", "USD")));
    }

    @Test
    void withoutAnEstimateOnlyDapIsOfferedAndTheReasonSaysWhy() {
        RateResponse response = carrier.quote(rateRequest(SHANGHAI, tiny("0.5")), context);
        assertThat(response.quotes()).extracting(RateQuote::serviceCode).containsExactly("EXPRESS");
        assertThat(response.reasons()).extracting(Reason::code).containsExactly("DDP_NEEDS_ESTIMATE");
    }

    @Test
    void anEstimateInACurrencyWithoutConversionIsRefusedForDdp() {
        RateRequest yen = new RateRequest(MOSCOW, SHANGHAI, List.of(tiny("0.5")), List.of(), Money.of("1", "JPY"), Optional.of(Money.of("900", "JPY")));
        RateResponse response = carrier.quote(yen, context);
        assertThat(response.quotes()).extracting(RateQuote::serviceCode).containsExactly("EXPRESS");
        assertThat(response.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("DDP_CURRENCY_NOT_SUPPORTED");
            assertThat(r.message()).contains("JPY", "USD", "ddpConversionRates");
        });
    }

    @Test
    void overLimitPiecesAreRefusedWithTheLimit() {
        RateResponse heavy = carrier.quote(rateRequest(SHANGHAI, parcel("70.001", 60, 50, 40)), context);
        assertThat(heavy.quotes()).isEmpty();
        assertThat(heavy.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("OVER_WEIGHT_LIMIT");
            assertThat(r.message()).contains("70.001 kg", "70.000 kg limit");
        });
        assertThat(carrier.quote(rateRequest(SHANGHAI, parcel("70", 120, 80, 80)), context).quotes()).isNotEmpty();
        RateResponse wide = carrier.quote(rateRequest(SHANGHAI, parcel("5", 100, 90, 50)), context);
        assertThat(wide.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("OVER_SIZE_LIMIT");
            assertThat(r.message()).contains("120 x 80 x 80 cm limit");
        });
    }

    @Test
    void domesticAndUnzonedDestinationsAreRefused() {
        RateRequest domestic = new RateRequest(MOSCOW, Fixtures.MOSCOW, List.of(tiny("1")), List.of(), Money.of("1", "EUR"), Optional.empty());
        assertThat(carrier.quote(domestic, context).reasons()).extracting(Reason::code).containsExactly("DOMESTIC_NOT_OFFERED");
        FakeContext chinaOnly = FakeContext.of(carrier, Map.of("zones", "CN = A\n", "rates", "A 0.5 38.00\n", "transitDays", "A 2-4\n"));
        assertThat(carrier.quote(rateRequest(BERLIN, tiny("0.5")), chinaOnly).reasons()).extracting(Reason::code)
                .containsExactly("NO_SERVICE_TO_DESTINATION");
    }
}
