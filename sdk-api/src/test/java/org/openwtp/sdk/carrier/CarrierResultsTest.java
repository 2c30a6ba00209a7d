package org.openwtp.sdk.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.ShipmentCategory;
import org.openwtp.sdk.trade.Weight;

class CarrierResultsTest {

    private static final Reason OVERWEIGHT = Reason.of("OVER_WEIGHT_LIMIT", "EMS takes parcels up to 31.5 kg");
    private static final Label LABEL = new Label("TEXT", "EMS RU123".getBytes(StandardCharsets.UTF_8));
    private static final CustomsDeclaration DECLARATION = CustomsDeclaration.of(CustomsForm.CN22, ShipmentCategory.SALE_OF_GOODS,
            List.of(new CustomsItem("honey", HsCode.of("040900"), CountryCode.of("RU"), 1, Money.of("8.50", "EUR"), Weight.ofGrams(500))));

    private static RateQuote quote() {
        return new RateQuote("EMS", "EMS", Money.of("21.00", "EUR"), Weight.ofGrams(1200), 7, 14, Incoterm.DAP, false);
    }

    @Test
    void aRateResponseWithQuotesNeedsNoReasons() {
        assertThat(RateResponse.of(List.of(quote())).quotes()).hasSize(1);
    }

    @Test
    void aCarrierThatCannotShipMustSayWhy() {
        assertThat(RateResponse.cannotShip(List.of(OVERWEIGHT)).quotes()).isEmpty();
        assertThatThrownBy(() -> RateResponse.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a carrier that cannot ship must say why");
    }

    @Test
    void aResponseMayQuoteSomeServicesAndExplainTheMissingOnes() {
        RateResponse partial = new RateResponse(List.of(quote()), List.of(OVERWEIGHT));

        assertThat(partial.quotes()).hasSize(1);
        assertThat(partial.reasons()).containsExactly(OVERWEIGHT);
    }

    @Test
    void aQuoteIsPositiveHasOrderedTransitDaysAndIncludesDutiesOnlyUnderDdp() {
        assertThatThrownBy(() -> new RateQuote("EMS", "EMS", Money.of("0", "EUR"), Weight.ofGrams(1), 1, 2, Incoterm.DAP, false))
                .hasMessage("a rate must be more than zero, was 0.00 EUR");
        assertThatThrownBy(() -> new RateQuote("EMS", "EMS", Money.of("1", "EUR"), Weight.ofGrams(1), 5, 2, Incoterm.DAP, false))
                .hasMessage("transit days must satisfy 0 <= min <= max, were 5..2");
        assertThatThrownBy(() -> new RateQuote("EMS", "EMS", Money.of("1", "EUR"), Weight.ofGrams(1), 1, 2, Incoterm.DAP, true))
                .hasMessage("only a DDP rate can include duties");
    }

    @Test
    void aBookedShipmentHasLabelDeclarationAndCharge() {
        ShipmentResult booked = ShipmentResult.booked("RU123456789RU", LABEL, DECLARATION, Money.of("21.00", "EUR"));

        assertThat(booked.isBooked()).isTrue();
        assertThat(booked.reasons()).isEmpty();
        assertThatThrownBy(() -> new ShipmentResult("RU1", Optional.empty(), Optional.of(DECLARATION), Optional.of(Money.of("1", "EUR")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a booked shipment needs a label, a customs declaration and a charge");
    }

    @Test
    void aBookedShipmentCarriesNoRefusalReasons() {
        assertThatThrownBy(() -> new ShipmentResult("RU1", Optional.of(LABEL), Optional.of(DECLARATION), Optional.of(Money.of("1", "EUR")),
                List.of(OVERWEIGHT)))
                .hasMessage("a booked shipment carries no refusal reasons");
    }

    @Test
    void aRefusedShipmentHasAReasonAndNothingElse() {
        assertThat(ShipmentResult.refused(List.of(OVERWEIGHT)).isBooked()).isFalse();
        assertThatThrownBy(() -> ShipmentResult.refused(List.of())).hasMessage("a refused shipment needs a reason");
        assertThatThrownBy(() -> new ShipmentResult("", Optional.of(LABEL), Optional.empty(), Optional.empty(), List.of(OVERWEIGHT)))
                .hasMessage("a refused shipment (no tracking number) has no label, customs declaration or charge");
    }

    @Test
    void aRefusedCancellationNeedsAReason() {
        assertThat(CancelResult.done().cancelled()).isTrue();
        assertThatThrownBy(() -> new CancelResult(false, Optional.empty())).hasMessage("a refused cancellation needs a reason");
    }

    @Test
    void labelsCopyTheirBytesAndCompareByContent() {
        byte[] bytes = "ZPL".getBytes(StandardCharsets.US_ASCII);
        Label label = new Label("ZPL", bytes);

        bytes[0] = 'X';
        label.content()[1] = 'X';

        assertThat(label.content()).asString(StandardCharsets.US_ASCII).isEqualTo("ZPL");
        assertThat(label).isEqualTo(new Label("ZPL", "ZPL".getBytes(StandardCharsets.US_ASCII)))
                .hasSameHashCodeAs(new Label("ZPL", "ZPL".getBytes(StandardCharsets.US_ASCII)));
        assertThat(label).hasToString("Label[ZPL, 3 bytes]");
        assertThatThrownBy(() -> new Label("GIF", bytes)).hasMessage("label format 'GIF' is not accepted: use PDF, ZPL, PNG or TEXT");
    }

    @Test
    void onlyDeliveredReturnedAndCancelledAreFinal() {
        assertThat(java.util.Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isFinal))
                .containsExactly(TrackingStatus.DELIVERED, TrackingStatus.RETURNED, TrackingStatus.CANCELLED);
    }
}
