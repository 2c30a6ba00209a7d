package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.CarrierService;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

/**
 * The contract every {@link Carrier} keeps: positive quotes in a stated currency for the services it
 * declares, refusals with reasons for parcels it cannot take, idempotent bookings with a label and a
 * customs declaration that matches the goods, and tracking from label to cancellation.
 *
 * <pre>{@code
 * class PostContractTest extends CarrierContract {
 *     protected Carrier createCarrier() { return new PostCarrier(); }
 *     protected RateRequest shippableRequest() {
 *         return SampleTrade.rateRequest(SampleTrade.moscowExporter(), SampleTrade.shanghaiBuyer(),
 *                 List.of(SampleTrade.smallParcel()), SampleTrade.russianGoods("RUB"));
 *     }
 *     protected RateRequest overLimitRequest() { ... SampleTrade.heavyParcel() ... }
 * }
 * }</pre>
 */
public abstract class CarrierContract extends ExtensionContract<Carrier> {
    /** For subclasses. */
    protected CarrierContract() {
    }

    /**
     * Creates the carrier under test.
     *
     * @return a new carrier
     */
    protected abstract Carrier createCarrier();

    /**
     * An ordinary parcel the carrier quotes and ships.
     *
     * @return the request
     */
    protected abstract RateRequest shippableRequest();

    /**
     * A parcel over the carrier's limits (weight, size or value).
     *
     * @return the request
     */
    protected abstract RateRequest overLimitRequest();

    /**
     * A parcel to a destination the carrier does not serve, if there is one.
     *
     * @return the request, or empty to skip {@link #unsupportedDestinationIsRefusedWithReason()}
     */
    protected Optional<RateRequest> unsupportedDestinationRequest() {
        return Optional.empty();
    }

    /**
     * The shipment the suite books: by default {@link #shippableRequest()} with the first quoted service.
     *
     * @param orderReference a fresh order id
     * @return the request
     */
    protected ShipmentRequest shipmentRequest(String orderReference) {
        RateResponse response = quote(shippableRequest());
        assertThat(response.quotes()).as("quotes for shippableRequest(), reasons %s", response.reasons()).isNotEmpty();
        return SampleTrade.shipmentRequest(orderReference, response.quotes().get(0).serviceCode(), shippableRequest());
    }

    /**
     * A tracking webhook the carrier would send about a shipment, signed with the secret in
     * {@link #configuration()}.
     *
     * @param trackingNumber a shipment booked by the suite
     * @return the webhook, or empty if the carrier has no webhooks (skips the webhook checks)
     */
    protected Optional<InboundWebhook> signedWebhook(String trackingNumber) {
        return Optional.empty();
    }

    /**
     * The same webhook with a bad signature: by default {@link #signedWebhook} with every
     * {@code *signature*} header corrupted.
     *
     * @param trackingNumber a shipment booked by the suite
     * @return the webhook, or empty to skip {@link #webhookWithBadSignatureIsRejected()}
     */
    protected Optional<InboundWebhook> badlySignedWebhook(String trackingNumber) {
        return signedWebhook(trackingNumber).flatMap(TestWebhooks::withCorruptedSignature);
    }

    @Override
    protected final Carrier createExtension() {
        return createCarrier();
    }

    /**
     * The carrier under test.
     *
     * @return the carrier
     */
    protected final Carrier carrier() {
        return extension();
    }

    // ---- services and quotes ----

    /** The carrier offers at least one service, each code once. */
    @Test
    public void servicesAreDeclared() {
        List<CarrierService> services = carrier().services(context());
        assertThat(services).as("services()").isNotEmpty();
        assertThat(services.stream().map(CarrierService::code)).as("service codes").doesNotHaveDuplicates();
        assertThat(services).allSatisfy(s -> assertThat(s.name()).as("name of %s", s.code()).isNotBlank());
    }

    /**
     * Quotes for an ordinary parcel are positive, in a stated currency, for declared services under one
     * of their Incoterms, and charge at least the actual weight.
     */
    @Test
    public void quotesArePositiveForDeclaredServices() {
        Map<String, CarrierService> services = carrier().services(context()).stream()
                .collect(Collectors.toMap(CarrierService::code, Function.identity()));
        RateResponse response = quote(shippableRequest());
        assertThat(response.quotes()).as("quotes for shippableRequest(), reasons %s", response.reasons()).isNotEmpty();
        Weight actual = shippableRequest().parcels().stream().map(Parcel::actualWeight).reduce(Weight.ofGrams(0), Weight::plus);
        for (RateQuote quote : response.quotes()) {
            assertThat(services).as("services() offering quoted %s", quote.serviceCode()).containsKey(quote.serviceCode());
            assertThat(services.get(quote.serviceCode()).incoterms()).as("Incoterms of %s", quote.serviceCode()).contains(quote.incoterm());
            assertThat(quote.price().minorUnits()).as("price of %s", quote.serviceCode()).isPositive();
            assertThat(quote.price().currency()).as("currency of %s", quote.serviceCode()).isNotNull();
            assertThat(quote.chargeableWeight()).as("chargeable weight of %s", quote.serviceCode()).isGreaterThanOrEqualTo(actual);
        }
        assertThat(response.quotes().stream().map(q -> q.serviceCode() + "/" + q.incoterm())).as("one quote per service and Incoterm")
                .doesNotHaveDuplicates();
    }

    /** The same request is quoted the same way twice. */
    @Test
    public void quotingIsDeterministic() {
        assertThat(quote(shippableRequest())).isEqualTo(quote(shippableRequest()));
    }

    /** A parcel over the limits gets no quote and a reason; it never throws. */
    @Test
    public void overLimitParcelIsRefusedWithReason() {
        RateResponse response = quote(overLimitRequest());
        assertThat(response.quotes()).as("quotes for overLimitRequest()").isEmpty();
        assertThat(response.reasons()).isNotEmpty();
    }

    /** A destination the carrier does not serve gets no quote and a reason. */
    @Test
    public void unsupportedDestinationIsRefusedWithReason() {
        Optional<RateRequest> request = unsupportedDestinationRequest();
        Assumptions.assumeTrue(request.isPresent(), "unsupportedDestinationRequest() not supplied");
        RateResponse response = quote(request.get());
        assertThat(response.quotes()).as("quotes to %s", request.get().to().country()).isEmpty();
        assertThat(response.reasons()).isNotEmpty();
    }

    // ---- shipments ----

    /** A booking has a tracking number, a label, a charge and a customs declaration of exactly the goods. */
    @Test
    public void createShipmentReturnsTrackingNumberLabelAndDeclaration() {
        ShipmentRequest request = shipmentRequest("order-contract-1");
        ShipmentResult result = book(request, newKey("ship"));
        assertThat(result.trackingNumber()).isNotBlank();
        assertThat(result.label()).isPresent();
        assertThat(result.label().get().content()).isNotEmpty();
        assertThat(result.charge()).hasValueSatisfying(charge -> assertThat(charge.minorUnits()).as("charge").isPositive());
        CustomsDeclaration declaration = result.declaration().orElseThrow();
        assertThat(declaration.items()).as("declared items").isEqualTo(request.contents());
        assertThat(declaration.totalValue()).isEqualTo(SampleTrade.value(request.contents()));
        assertThat(declaration.category()).isEqualTo(request.category());
    }

    /** Booking twice with one idempotency key returns the same shipment; another key books another one. */
    @Test
    public void repeatedIdempotencyKeyBooksOneShipment() {
        ShipmentRequest request = shipmentRequest("order-contract-2");
        PluginContext key = newKey("ship-twice");
        ShipmentResult first = book(request, key);
        ShipmentResult second = book(request, key);
        assertThat(second.trackingNumber()).as("tracking number of the repeated booking").isEqualTo(first.trackingNumber());
        ShipmentResult other = book(shipmentRequest("order-contract-3"), newKey("ship-other"));
        assertThat(other.trackingNumber()).as("tracking number of another booking").isNotEqualTo(first.trackingNumber());
    }

    /** A service the carrier does not offer is refused with a reason, not an exception. */
    @Test
    public void shipmentWithUnknownServiceIsRefused() {
        ShipmentRequest valid = shipmentRequest("order-contract-4");
        ShipmentRequest request = new ShipmentRequest(valid.orderReference(), "NO_SUCH_SERVICE", valid.from(), valid.to(), valid.parcels(),
                valid.contents(), valid.category());
        ShipmentResult result = call("createShipment with an unknown service", () -> carrier().createShipment(request, newKey("ship-unknown")));
        assertThat(result.isBooked()).as("booked with an unknown service").isFalse();
        assertThat(result.reasons()).isNotEmpty();
    }

    // ---- tracking ----

    /** A new shipment is tracked as LABEL_CREATED, with its events oldest first. */
    @Test
    public void newShipmentIsTrackedAsLabelCreated() {
        String tracking = booked("order-contract-5");
        TrackingInfo info = track(tracking);
        assertThat(info.trackingNumber()).isEqualTo(tracking);
        assertThat(info.status()).isEqualTo(TrackingStatus.LABEL_CREATED);
        assertEventsConsistent(info);
    }

    /** A cancelled shipment is tracked as CANCELLED; cancelling again still says cancelled. */
    @Test
    public void cancelledShipmentIsTrackedAsCancelled() {
        String tracking = booked("order-contract-6");
        CancelResult cancel = call("cancelShipment", () -> carrier().cancelShipment(tracking, newKey("cancel")));
        assertThat(cancel.cancelled()).as("cancelled before pick-up, reason %s", cancel.reason()).isTrue();
        TrackingInfo info = track(tracking);
        assertThat(info.status()).isEqualTo(TrackingStatus.CANCELLED);
        assertEventsConsistent(info);
        CancelResult again = call("second cancelShipment", () -> carrier().cancelShipment(tracking, newKey("cancel-again")));
        assertThat(again.cancelled()).as("a cancelled shipment is still cancelled").isTrue();
    }

    /** Tracking a number the carrier never issued is a caller error naming the number. */
    @Test
    public void trackingUnknownNumberFailsNamingIt() {
        String unknown = "ZZ000000000ZZ";
        assertThatThrownBy(() -> carrier().track(unknown, context()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown);
    }

    /** A shipment booked for one tenant does not exist for another: state is scoped to (tenant, plugin). */
    @Test
    public void shipmentsOfAnotherTenantAreNotVisible() {
        String tracking = booked("order-contract-10");
        assertThatThrownBy(() -> carrier().track(tracking, context().withTenant("other-tenant")))
                .as("tracking %s from another tenant", tracking)
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- webhooks ----

    /** A validly signed tracking webhook is verified and its events concern the shipment it names. */
    @Test
    public void signedWebhookIsVerifiedWithEventsForTheShipment() {
        String tracking = booked("order-contract-7");
        Optional<InboundWebhook> webhook = signedWebhook(tracking);
        Assumptions.assumeTrue(webhook.isPresent(), "signedWebhook() not supplied");
        WebhookResult<TrackingEvent> result = handle(webhook.get(), "a signed webhook");
        assertThat(result.rejection()).as("rejection of a validly signed webhook").isEmpty();
        assertThat(result.events()).isNotEmpty().allSatisfy(event -> assertThat(event.trackingNumber()).isEqualTo(tracking));
    }

    /** A tracking webhook whose body was changed after signing is rejected with a reason. */
    @Test
    public void webhookWithTamperedBodyIsRejected() {
        String tracking = booked("order-contract-8");
        Optional<InboundWebhook> webhook = signedWebhook(tracking);
        Assumptions.assumeTrue(webhook.isPresent(), "signedWebhook() not supplied");
        assertThat(handle(TestWebhooks.withTamperedBody(webhook.get()), "a tampered webhook").rejection()).isPresent();
    }

    /** A tracking webhook with a bad signature is rejected with a reason. */
    @Test
    public void webhookWithBadSignatureIsRejected() {
        String tracking = booked("order-contract-9");
        Optional<InboundWebhook> webhook = badlySignedWebhook(tracking);
        Assumptions.assumeTrue(webhook.isPresent(), "badlySignedWebhook() not supplied");
        assertThat(handle(webhook.get(), "a badly signed webhook").rejection()).isPresent();
    }

    // ---- helpers ----

    /**
     * Books {@link #shipmentRequest(String)} with a fresh idempotency key and checks it was booked.
     *
     * @param orderReference the order
     * @return the tracking number
     */
    protected final String booked(String orderReference) {
        return book(shipmentRequest(orderReference), newKey("ship")).trackingNumber();
    }

    private ShipmentResult book(ShipmentRequest request, PluginContext context) {
        ShipmentResult result = call("createShipment", () -> carrier().createShipment(request, context));
        assertThat(result.isBooked()).as("booking of %s, reasons %s", request.orderReference(), result.reasons()).isTrue();
        return result;
    }

    private RateResponse quote(RateRequest request) {
        return call("quote", () -> carrier().quote(request, context()));
    }

    private TrackingInfo track(String tracking) {
        return call("track", () -> carrier().track(tracking, context()));
    }

    private static void assertEventsConsistent(TrackingInfo info) {
        assertThat(info.events()).as("tracking events").isNotEmpty()
                .allSatisfy(e -> assertThat(e.trackingNumber()).isEqualTo(info.trackingNumber()));
        assertThat(info.events().get(info.events().size() - 1).status()).as("status of the latest event").isEqualTo(info.status());
        for (int i = 1; i < info.events().size(); i++) {
            assertThat(info.events().get(i).occurredAt()).as("events oldest first").isAfterOrEqualTo(info.events().get(i - 1).occurredAt());
        }
        assertThat(info.events().get(0).status()).as("status of the first event").isEqualTo(TrackingStatus.LABEL_CREATED);
    }

    private WebhookResult<TrackingEvent> handle(InboundWebhook webhook, String what) {
        return call("handleWebhook of " + what, () -> carrier().handleWebhook(webhook, context()));
    }

    private static <T> T call(String what, Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw " + e + "; a refusal is a result with reasons, not an exception", e);
        }
        assertThat(result).as("%s returned null", what).isNotNull();
        return result;
    }
}
