package org.openwtp.plugins.carrier.express;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.plugins.carrier.express.Fixtures.SHANGHAI;
import static org.openwtp.plugins.carrier.express.Fixtures.honey;
import static org.openwtp.plugins.carrier.express.Fixtures.parcel;
import static org.openwtp.plugins.carrier.express.Fixtures.shipment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.plugins.support.carrier.TrackingWebhookSigner;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

class ExpressShipmentTest {

    private static final String SECRET = "whsec_test_express";

    private final ExpressCarrier carrier = new ExpressCarrier();
    private final FakeContext context = FakeContext.of(carrier, Map.of("webhookSecret", SECRET)).withKey("order-2001-ship");
    private final TrackingWebhookSigner signer = new TrackingWebhookSigner(SECRET);

    @Test
    void booksAWaybillWithACommercialInvoiceAndLabel() {
        ShipmentResult r = carrier.createShipment(shipment("EXPRESS", SHANGHAI, honey(2, "24.00", "EUR"), parcel("1.2", 20, 15, 10)), context);
        assertThat(Waybill.isValid(r.trackingNumber())).isTrue();
        assertThat(r.charge()).contains(Money.of("72.21", "USD")); // 1.5 kg -> 58.00 + 24.50% fuel 14.21
        assertThat(r.declaration().orElseThrow().form()).isEqualTo(CustomsForm.COMMERCIAL_INVOICE);
        String label = new String(r.label().orElseThrow().content(), StandardCharsets.UTF_8);
        assertThat(label).contains(r.trackingNumber(), "Altai Honey LLC", "Li Wei", "200001 Shanghai", "CN", "Chargeable weight: 1.500 kg",
                "COMMERCIAL INVOICE", "HS 040900", "Invoice total: 48.00 EUR", "DAP");
    }

    @Test
    void aDdpBookingChargesTransportPlusTheFee() {
        ShipmentResult r = carrier.createShipment(shipment("EXPRESS_DDP", SHANGHAI, honey(2, "24.00", "EUR"), parcel("1.2", 20, 15, 10)), context);
        assertThat(r.charge()).contains(Money.of("87.21", "USD")); // 72.21 transport + 15.00 fee
        assertThat(new String(r.label().orElseThrow().content(), StandardCharsets.UTF_8)).contains("DDP - duties and taxes billed to the sender");
    }

    @Test
    void oneKeyOneWaybill() {
        var request = shipment("EXPRESS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10));
        String first = carrier.createShipment(request, context).trackingNumber();
        assertThat(carrier.createShipment(request, context).trackingNumber()).isEqualTo(first);
        assertThat(context.rawStore().list("shipment/")).hasSize(1);
        var changed = shipment("EXPRESS_DDP", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10));
        assertThat(carrier.createShipment(changed, context).reasons()).extracting(Reason::code).containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThatThrownBy(() -> carrier.createShipment(request, context.withKey(null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUnknownServicesAndOverLimitPieces() {
        assertThat(carrier.createShipment(shipment("EMS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10)), context).reasons())
                .extracting(Reason::code).containsExactly("UNKNOWN_SERVICE");
        assertThat(carrier.createShipment(shipment("EXPRESS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("71", 20, 15, 10)), context).reasons())
                .extracting(Reason::code).containsExactly("OVER_WEIGHT_LIMIT");
    }

    @Test
    void signedWebhooksMoveTrackingForwardOnly() {
        String wb = carrier.createShipment(shipment("EXPRESS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10)), context).trackingNumber();
        assertThat(send(wb, TrackingStatus.PICKED_UP, Duration.ofHours(3)).events()).hasSize(1);
        assertThat(send(wb, TrackingStatus.CUSTOMS, Duration.ofDays(1)).events()).hasSize(1);
        assertThat(send(wb, TrackingStatus.DELIVERED, Duration.ofDays(3)).events()).hasSize(1);
        WebhookResult<TrackingEvent> late = send(wb, TrackingStatus.IN_TRANSIT, Duration.ofDays(4));
        assertThat(late.isVerified()).isTrue();
        assertThat(late.events()).isEmpty();
        assertThat(carrier.track(wb, context).status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(carrier.cancelShipment(wb, context.withKey("cancel")).reason().orElseThrow().code()).isEqualTo("ALREADY_PICKED_UP");
    }

    @Test
    void tamperedAndReplayedWebhooksAreRejected() {
        String wb = carrier.createShipment(shipment("EXPRESS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10)), context).trackingNumber();
        InboundWebhook signed = signer.webhook(new TrackingEvent(wb, TrackingStatus.IN_TRANSIT, context.now(), "Leipzig", ""), context.now());
        byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8).replace("Leipzig", "Hong Kong").getBytes(StandardCharsets.UTF_8);
        assertThat(carrier.handleWebhook(new InboundWebhook(signed.headers(), tampered, context.now()), context).rejection().orElseThrow().code())
                .isEqualTo("INVALID_SIGNATURE");
        assertThat(carrier.handleWebhook(signed, context.plus(Duration.ofMinutes(10))).rejection().orElseThrow().code())
                .isEqualTo("STALE_WEBHOOK");
        assertThat(carrier.handleWebhook(signed, context).events()).hasSize(1);
    }

    @Test
    void cancelsBeforePickUp() {
        String wb = carrier.createShipment(shipment("EXPRESS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10)), context).trackingNumber();
        assertThat(carrier.cancelShipment(wb, context.withKey("c1")).cancelled()).isTrue();
        assertThat(carrier.track(wb, context).events()).extracting(TrackingEvent::status)
                .containsExactly(TrackingStatus.LABEL_CREATED, TrackingStatus.CANCELLED);
        assertThat(send(wb, TrackingStatus.PICKED_UP, Duration.ofHours(1)).events()).isEmpty();
    }

    @Test
    void sandboxAutoAdvanceDeliversWithinTheTransitTime() {
        FakeContext sandbox = FakeContext.of(carrier, Map.of("sandboxAutoAdvance", "true")).withKey("auto");
        String wb = carrier.createShipment(shipment("EXPRESS", SHANGHAI, honey(1, "24.00", "EUR"), parcel("1", 20, 15, 10)), sandbox).trackingNumber();
        // zone A: 2-4 days
        assertThat(carrier.track(wb, sandbox.plus(Duration.ofDays(2))).status()).isEqualTo(TrackingStatus.CUSTOMS);
        assertThat(carrier.track(wb, sandbox.plus(Duration.ofDays(4))).status()).isEqualTo(TrackingStatus.DELIVERED);
    }

    private WebhookResult<TrackingEvent> send(String wb, TrackingStatus status, Duration after) {
        FakeContext later = context.plus(after);
        return carrier.handleWebhook(signer.webhook(new TrackingEvent(wb, status, later.now(), "", ""), later.now()), later);
    }
}
