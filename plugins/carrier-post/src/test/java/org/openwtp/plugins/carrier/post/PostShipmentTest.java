package org.openwtp.plugins.carrier.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.plugins.carrier.post.Fixtures.BERLIN;
import static org.openwtp.plugins.carrier.post.Fixtures.SHANGHAI;
import static org.openwtp.plugins.carrier.post.Fixtures.honey;
import static org.openwtp.plugins.carrier.post.Fixtures.parcel;
import static org.openwtp.plugins.carrier.post.Fixtures.shipment;
import static org.openwtp.plugins.carrier.post.Fixtures.smallBox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openwtp.plugins.support.carrier.ShipmentRecord;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsForm;

class PostShipmentTest {

    private final PostCarrier carrier = new PostCarrier();
    private final FakeContext context = FakeContext.of(carrier, Map.of("webhookSecret", TrackingWebhookTest.SECRET)).withKey("order-1001-ship");

    @Test
    void booksAnS10NumberWithTheServiceIndicatorAndOriginCountry() {
        ShipmentResult result = carrier.createShipment(shipment("SMALL_PACKET", SHANGHAI, honey(2, "24.00", "EUR"), smallBox("1.2")), context);
        assertThat(result.isBooked()).isTrue();
        assertThat(result.trackingNumber()).matches("LA[0-9]{9}RU");
        assertThat(S10.isValid(result.trackingNumber())).isTrue();
        assertThat(result.charge()).contains(Money.of("1380.00", "RUB"));
        assertThat(result.declaration().orElseThrow().form()).isEqualTo(CustomsForm.CN22);
        assertThat(result.declaration().orElseThrow().totalValue()).isEqualTo(Money.of("48.00", "EUR"));
    }

    @Test
    void theLabelCarriesTheNumberTheAddressesAndTheDeclaration() {
        ShipmentResult result = carrier.createShipment(shipment("EMS", BERLIN, honey(2, "24.00", "EUR"), smallBox("1.2")), context);
        String label = new String(result.label().orElseThrow().content(), StandardCharsets.UTF_8);
        assertThat(result.label().orElseThrow().format()).isEqualTo("TEXT");
        assertThat(label).contains(result.trackingNumber(), "Altai Honey LLC", "ul. Tverskaya 7", "125009 Moscow", "Anna Schmidt",
                "10117 Berlin", "DE", "CUSTOMS DECLARATION CN22", "SALE_OF_GOODS", "2 x natural buckwheat honey", "HS 040900",
                "Total value: 48.00 EUR", "Order: ORD-1001");
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameBookingNeverASecondNumber() {
        var request = shipment("PARCEL", SHANGHAI, honey(2, "24.00", "EUR"), smallBox("3"));
        ShipmentResult first = carrier.createShipment(request, context);
        ShipmentResult again = carrier.createShipment(request, context);
        assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
        assertThat(again.charge()).isEqualTo(first.charge());
        assertThat(again.label().orElseThrow().content()).isEqualTo(first.label().orElseThrow().content());
        assertThat(context.rawStore().list("shipment/")).hasSize(1);

        ShipmentResult other = carrier.createShipment(request, context.withKey("order-1002-ship"));
        assertThat(other.trackingNumber()).isNotEqualTo(first.trackingNumber());
    }

    @Test
    void concurrentCallsWithOneKeyBookOneShipment() throws Exception {
        var request = shipment("PARCEL", SHANGHAI, honey(2, "24.00", "EUR"), smallBox("3"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ShipmentResult>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> carrier.createShipment(request, context));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<ShipmentResult> f : pool.invokeAll(calls)) {
                numbers.add(f.get().trackingNumber());
            }
            assertThat(numbers).containsOnly(numbers.get(0));
            assertThat(context.rawStore().list("shipment/")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReusedKeyWithADifferentRequestIsRefused() {
        carrier.createShipment(shipment("PARCEL", SHANGHAI, honey(2, "24.00", "EUR"), smallBox("3")), context);
        ShipmentResult reused = carrier.createShipment(shipment("PARCEL", SHANGHAI, honey(3, "24.00", "EUR"), smallBox("3")), context);
        assertThat(reused.isBooked()).isFalse();
        assertThat(reused.reasons()).extracting(Reason::code).containsExactly("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void mutatingCallsWithoutAKeyAreBugs() {
        FakeContext noKey = context.withKey(null);
        assertThatThrownBy(() -> carrier.createShipment(shipment("PARCEL", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("3")), noKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> carrier.cancelShipment("LA123456785RU", noKey)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverLimitAndUnknownServicesWithReasons() {
        ShipmentResult heavy = carrier.createShipment(shipment("SMALL_PACKET", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("2.001")), context);
        assertThat(heavy.reasons()).extracting(Reason::code).containsExactly("OVER_WEIGHT_LIMIT");
        ShipmentResult unknown = carrier.createShipment(shipment("COURIER", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("1")), context);
        assertThat(unknown.reasons()).extracting(Reason::code).containsExactly("UNKNOWN_SERVICE");
        assertThat(context.rawStore().list("")).isEmpty();
    }

    @Test
    void cn22BelowThreeHundredSdrAndCn23FromThreeHundred() {
        // default XDR/RUB 108.9401 (Bank of Russia, 2025-12-13): 300 SDR = 32682.03 RUB
        assertThat(form("SMALL_PACKET", "32682.02", "k1")).isEqualTo(CustomsForm.CN22);
        assertThat(form("SMALL_PACKET", "32682.03", "k2")).isEqualTo(CustomsForm.CN23);
        assertThat(form("EMS", "32682.02", "k3")).isEqualTo(CustomsForm.CN22);
        assertThat(form("EMS", "32682.03", "k4")).isEqualTo(CustomsForm.CN23);
    }

    @Test
    void theDefaultSdrRatesOfTheImfDecideEuroValues() {
        // default XDR/EUR 1.16513 (IMF, 2025-12-12): 300 SDR = 349.539 EUR, so 349.54 EUR is a CN23
        assertThat(form("SMALL_PACKET", "349.53", "EUR", "e1")).isEqualTo(CustomsForm.CN22);
        assertThat(form("SMALL_PACKET", "349.54", "EUR", "e2")).isEqualTo(CustomsForm.CN23);
    }

    @Test
    void parcelsAlwaysTravelWithACn23AndUnknownSdrCurrenciesGetOne() {
        assertThat(form("PARCEL", "100.00", "k1")).isEqualTo(CustomsForm.CN23);
        ShipmentResult yen = carrier.createShipment(shipment("SMALL_PACKET", SHANGHAI, honey(1, "1000", "JPY"), smallBox("1")),
                context.withKey("yen"));
        assertThat(yen.declaration().orElseThrow().form()).isEqualTo(CustomsForm.CN23);
    }

    @Test
    void sdrRatesAreConfigurable() {
        FakeContext cheapSdr = FakeContext.of(carrier, Map.of("sdrRates", "XDR/RUB 100\n")).withKey("sdr");
        ShipmentResult at30000 = carrier.createShipment(shipment("SMALL_PACKET", SHANGHAI, honey(1, "30000.00", "RUB"), smallBox("1")), cheapSdr);
        assertThat(at30000.declaration().orElseThrow().form()).isEqualTo(CustomsForm.CN23);
    }

    private CustomsForm form(String service, String rub, String key) {
        return form(service, rub, "RUB", key);
    }

    private CustomsForm form(String service, String amount, String currency, String key) {
        ShipmentResult r = carrier.createShipment(shipment(service, SHANGHAI, honey(1, amount, currency), parcel("1", 20, 15, 10)),
                context.withKey(key));
        return r.declaration().orElseThrow().form();
    }

    @Test
    void mixedCurrencyContentsAreRefused() {
        var request = new org.openwtp.sdk.carrier.ShipmentRequest("ORD-1", "PARCEL", Fixtures.MOSCOW, SHANGHAI, List.of(smallBox("2")),
                List.of(honey(1, "10.00", "EUR"), honey(1, "10.00", "USD")), org.openwtp.sdk.trade.ShipmentCategory.SALE_OF_GOODS);
        assertThat(carrier.createShipment(request, context).reasons()).extracting(Reason::code).containsExactly("MIXED_CURRENCIES");
    }

    @Test
    void cancelsBeforePickUpOnlyAndRepeatsTheSameOutcomePerKey() {
        String tn = carrier.createShipment(shipment("PARCEL", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("3")), context).trackingNumber();
        assertThat(carrier.cancelShipment(tn, context.withKey("cancel-1")).cancelled()).isTrue();
        assertThat(carrier.cancelShipment(tn, context.withKey("cancel-1")).cancelled()).isTrue();
        assertThat(carrier.cancelShipment(tn, context.withKey("cancel-2")).cancelled()).isTrue();
        assertThat(carrier.track(tn, context).status()).isEqualTo(TrackingStatus.CANCELLED);

        String picked = carrier.createShipment(shipment("PARCEL", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("3")), context.withKey("s2"))
                .trackingNumber();
        TrackingWebhookTest.send(carrier, context, picked, TrackingStatus.PICKED_UP, Duration.ofHours(1));
        var refused = carrier.cancelShipment(picked, context.withKey("cancel-3"));
        assertThat(refused.cancelled()).isFalse();
        assertThat(refused.reason().orElseThrow().code()).isEqualTo("ALREADY_PICKED_UP");
        assertThat(carrier.cancelShipment("LA000000005RU", context.withKey("cancel-4")).reason().orElseThrow().code())
                .isEqualTo("UNKNOWN_SHIPMENT");
        assertThat(carrier.cancelShipment(picked, context.withKey("cancel-1")).reason().orElseThrow().code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void theStoredRecordSurvivesARoundTrip() {
        ShipmentResult booked = carrier.createShipment(shipment("EMS", BERLIN, honey(2, "24.00", "EUR"), smallBox("1.2")), context);
        String text = context.rawStore().get("shipment/" + booked.trackingNumber()).orElseThrow();
        ShipmentRecord record = ShipmentRecord.fromText(text);
        assertThat(record.toText()).isEqualTo(text);
        assertThat(record.toResult().declaration()).isEqualTo(booked.declaration());
        assertThat(record.status()).isEqualTo(TrackingStatus.LABEL_CREATED);
    }

    @Test
    void trackingAnUnknownNumberIsAnError() {
        assertThatThrownBy(() -> carrier.track("LA000000005RU", context)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sandboxAutoAdvanceDeliversOverTheQuotedTransitTime() {
        FakeContext sandbox = FakeContext.of(carrier, Map.of("sandboxAutoAdvance", "true")).withKey("auto");
        // EMS to China: 5-10 days
        String tn = carrier.createShipment(shipment("EMS", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("1")), sandbox).trackingNumber();
        assertThat(carrier.track(tn, sandbox).status()).isEqualTo(TrackingStatus.LABEL_CREATED);
        assertThat(carrier.track(tn, sandbox.plus(Duration.ofDays(1))).status()).isEqualTo(TrackingStatus.PICKED_UP);
        assertThat(carrier.track(tn, sandbox.plus(Duration.ofDays(5))).status()).isEqualTo(TrackingStatus.CUSTOMS);
        var delivered = carrier.track(tn, sandbox.plus(Duration.ofDays(10)));
        assertThat(delivered.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(delivered.events()).extracting(e -> e.status()).containsExactly(TrackingStatus.LABEL_CREATED, TrackingStatus.PICKED_UP,
                TrackingStatus.IN_TRANSIT, TrackingStatus.CUSTOMS, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);
        assertThat(carrier.track(tn, sandbox.plus(Duration.ofDays(20))).events()).hasSize(6);
    }
}
