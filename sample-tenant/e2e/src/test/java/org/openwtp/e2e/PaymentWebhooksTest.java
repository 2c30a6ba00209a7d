package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.openwtp.core.events.OutboxDispatcher;
import org.openwtp.testserver.ApiResponse;
import org.openwtp.testserver.OpenWtpServerTest;
import org.openwtp.testserver.OpenWtpTestServer;
import org.openwtp.testserver.SampleTenantClient;

/**
 * Provider webhooks of issue 4 on the real core with the real payment plugin jars: signed the way each plugin
 * verifies them (docs/plugins/payment-card-sandbox.md, payment-escrow.md), posted to
 * {@code /webhooks/{tenant}/payments/{plugin}}, applied once each (keyed on provider, reference, type and
 * event id), whatever order they arrive in relative to the synchronous answers. Each test lists its own
 * product, so the tests share the server but not their stock.
 */
@OpenWtpServerTest(pluginUnderTest = false)
class PaymentWebhooksTest {

    private static final String CARD = "payment-card-sandbox";
    private static final String ESCROW = "payment-escrow";
    /** Its authorization answers UNKNOWN TIMEOUT although the sandbox recorded it (with its reference). */
    private static final String AUTHORIZATION_TIMES_OUT_CARD = "4000 0000 0000 1265";
    /** Its first capture answers UNKNOWN TIMEOUT although the sandbox recorded the capture. */
    private static final String CAPTURE_TIMES_OUT_CARD = "4000 0000 0000 1273";

    @Test
    void anAuthorizedWebhookSettlesAnAuthorizationWhoseAnswerTimedOut(SampleTenantClient client) {
        JsonNode placed = placeOrder(client, "authorize-lost", (quote, option) -> Trade.orderRequest(quote, option,
                AUTHORIZATION_TIMES_OUT_CARD));
        String orderId = placed.path("id").asText();
        assertThat(placed.path("status").asText()).as("%s", placed).isEqualTo("PAYMENT_PENDING");
        long total = placed.path("total").path("minorUnits").asLong();
        String body = Trade.cardEvent("evt_auth_" + orderId, "AUTHORIZED", reference(CrossBorderOrderTest.payment(client, orderId)),
                total, "CNY", Instant.now());

        JsonNode first = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        assertThat(first.path("applied").asInt() + first.path("ignored").asInt()).as("%s", first).isEqualTo(1);
        JsonNode again = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        assertThat(again.path("duplicates").asInt()).as("%s", again).isEqualTo(1);

        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("AUTHORIZED");
        JsonNode payment = CrossBorderOrderTest.payment(client, orderId);
        assertThat(payment.path("status").asText()).as("%s", payment).isEqualTo("AUTHORIZED");
        assertThat(payment.path("authorized").path("minorUnits").asLong()).isEqualTo(total);
        assertThat(operations(client, orderId, "AUTHORIZE")).containsExactly("SUCCEEDED");
        assertThat(eventTypes(client, orderId)).containsOnlyOnce("order.authorized");
    }

    @Test
    void aCaptureWebhookSettlesACaptureWhoseAnswerWasLostAndItsReplayCapturesNothing(SampleTenantClient client) {
        String orderId = authorizedOrder(client, "capture-lost", (quote, option) -> Trade.orderRequest(quote, option,
                CAPTURE_TIMES_OUT_CARD));
        JsonNode payment = CrossBorderOrderTest.payment(client, orderId);
        long authorized = payment.path("authorized").path("minorUnits").asLong();

        // the sandbox captured the money but the answer was lost: the core does not guess, the order waits
        client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectProblem(409, "payment_outcome_pending");
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("AUTHORIZED");

        // the acquirer's CAPTURED notification settles it
        String body = Trade.cardEvent("evt_capture_" + orderId, "CAPTURED", reference(payment), authorized, "CNY", Instant.now());
        JsonNode first = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        // the reconciler may have asked the sandbox first (it checks after 10 s); either way the capture counts once
        assertThat(first.path("applied").asInt() + first.path("ignored").asInt()).as("%s", first).isEqualTo(1);
        assertThat(first.path("duplicates").asInt()).as("%s", first).isZero();
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("PAID");

        // the same webhook again (the acquirer retries): acknowledged, nothing captured twice
        JsonNode again = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        assertThat(again.path("duplicates").asInt()).as("%s", again).isEqualTo(1);
        assertThat(again.path("applied").asInt()).as("%s", again).isZero();

        // shipping again books the carrier without a second capture
        client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectStatus(200, 201);
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("SHIPPED");
        payment = CrossBorderOrderTest.payment(client, orderId);
        assertThat(payment.path("captured").path("minorUnits").asLong()).as("%s", payment).isEqualTo(authorized);
        assertThat(operations(client, orderId, "CAPTURE")).as("one capture, settled").containsExactly("SUCCEEDED");
        assertThat(eventTypes(client, orderId)).containsOnlyOnce("order.paid");
    }

    @Test
    void refundWebhooksCountEachRefundOnceWhetherTheCoreOrTheAcquirerMadeIt(SampleTenantClient client) {
        String orderId = authorizedOrder(client, "refunds", (quote, option) -> Trade.orderRequest(quote, option, Trade.APPROVING_CARD));
        client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectStatus(200, 201);
        JsonNode payment = CrossBorderOrderTest.payment(client, orderId);
        long captured = payment.path("captured").path("minorUnits").asLong();
        String reference = reference(payment);

        // the sandbox's own notification of the capture the core already applied: confirmed, nothing changes
        JsonNode capture = Trade.sendPaymentWebhook(client.anonymous(), CARD,
                Trade.cardEvent("evt_cap_" + orderId, "CAPTURED", reference, captured, "CNY", Instant.now())).expectStatus(200).json();
        assertThat(capture.path("applied").asInt()).as("%s", capture).isZero();
        assertThat(capture.path("ignored").asInt()).as("%s", capture).isEqualTo(1);

        // the tenant refunds through the core; the acquirer's notification of that refund arrives after the answer
        long coreRefund = captured / 4;
        client.admin().post("/v1/orders/" + orderId + "/refunds", Map.of("amount", coreRefund, "reason", "a jar arrived cracked"),
                "Idempotency-Key", "refund-core-" + orderId).expectStatus(201);
        JsonNode echo = Trade.sendPaymentWebhook(client.anonymous(), CARD,
                Trade.cardEvent("evt_rfd_core_" + orderId, "REFUNDED", reference, coreRefund, "CNY", Instant.now())).expectStatus(200).json();
        assertThat(echo.path("applied").asInt()).as("the refund the core made is not made again: %s", echo).isZero();
        assertThat(refunded(client, orderId)).isEqualTo(coreRefund);

        // a refund made in the acquirer's dashboard reaches the core only through its webhook: recorded once
        long dashboardRefund = captured / 5;
        String body = Trade.cardEvent("evt_rfd_dash_" + orderId, "REFUNDED", reference, dashboardRefund, "CNY", Instant.now());
        JsonNode applied = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        assertThat(applied.path("applied").asInt()).as("%s", applied).isEqualTo(1);
        assertThat(refunded(client, orderId)).isEqualTo(coreRefund + dashboardRefund);

        JsonNode replay = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        assertThat(replay.path("duplicates").asInt()).as("%s", replay).isEqualTo(1);
        assertThat(replay.path("applied").asInt()).isZero();
        assertThat(refunded(client, orderId)).as("refunded once").isEqualTo(coreRefund + dashboardRefund);
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(eventTypes(client, orderId).stream().filter("order.refunded"::equals)).hasSize(2);
    }

    @Test
    void aWebhookThatIsNotSignedWithTheTenantsSecretIsRefusedAndChangesNothing(SampleTenantClient client) {
        String orderId = authorizedOrder(client, "forged", (quote, option) -> Trade.orderRequest(quote, option, Trade.APPROVING_CARD));
        client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectStatus(200, 201);
        JsonNode before = CrossBorderOrderTest.payment(client, orderId);
        List<String> eventsBefore = eventTypes(client, orderId);
        long captured = before.path("captured").path("minorUnits").asLong();
        String body = Trade.cardEvent("evt_forged_" + orderId, "REFUNDED", reference(before), captured, "CNY", Instant.now());
        String signedByOther = Trade.signature("someone-elses-secret-0123456789", body, Instant.now());
        String stale = Trade.signature(Trade.PAYMENT_WEBHOOK_SECRETS.get(CARD), body, Instant.now().minus(1, ChronoUnit.HOURS));
        String tampered = Trade.signature(Trade.PAYMENT_WEBHOOK_SECRETS.get(CARD),
                body.replace("amount=" + captured, "amount=1"), Instant.now());

        Map<String, String> refusals = Map.of(
                signedByOther, "INVALID_SIGNATURE",
                stale, "TIMESTAMP_OUTSIDE_TOLERANCE",
                tampered, "INVALID_SIGNATURE",
                "v1=deadbeef", "MALFORMED_SIGNATURE");
        refusals.forEach((signature, reason) -> {
            ApiResponse answer = Trade.sendPaymentWebhook(client.anonymous(), CARD, body, signature);
            JsonNode problem = answer.expectProblem(401, "webhook_rejected");
            assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(problem.path("detail").asText()).as("%s", problem).contains(reason);
        });
        JsonNode unsigned = client.anonymous().sendRaw("POST", "/webhooks/" + Trade.TENANT + "/payments/" + CARD,
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8)).expectProblem(401, "webhook_rejected");
        assertThat(unsigned.path("detail").asText()).as("%s", unsigned).contains("MISSING_SIGNATURE");

        assertThat(CrossBorderOrderTest.payment(client, orderId)).as("the payment is unchanged").isEqualTo(before);
        assertThat(eventTypes(client, orderId)).isEqualTo(eventsBefore);
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("SHIPPED");

        // the same body, properly signed, is then applied: the refusals left no trace that would make it a duplicate
        JsonNode genuine = Trade.sendPaymentWebhook(client.anonymous(), CARD, body).expectStatus(200).json();
        assertThat(genuine.path("applied").asInt()).as("%s", genuine).isEqualTo(1);
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("REFUNDED");
    }

    @Test
    void theEscrowReleasesTheFundsToTheSellerOnceTheOrderIsDelivered(SampleTenantClient client, OpenWtpTestServer server) {
        String orderId = authorizedOrder(client, "escrow", Trade::escrowOrderRequest);
        JsonNode payment = CrossBorderOrderTest.payment(client, orderId);
        assertThat(payment.path("status").asText()).as("%s", payment).isEqualTo("AUTHORIZED");
        String reference = reference(payment);
        assertThat(reference).startsWith("esc_");

        // shipping secures the money for the seller; the escrow has released nothing yet
        String trackingNumber = client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectStatus(200, 201)
                .text("/trackingNumber");
        JsonNode early = Trade.sendPaymentWebhook(client.anonymous(), ESCROW, Trade.escrowNotification(reference))
                .expectStatus(200).json();
        assertThat(early.path("applied").asInt()).as("the escrow only confirms what the core did: %s", early).isZero();
        dispatchOrderEvents(server);
        assertThat(eventTypes(client, orderId)).doesNotContain("order.payment_released");

        // the carrier delivers; order.delivered reaches the escrow through the outbox and the funds fall due
        Instant pickedUp = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Trade.sendTracking(client.anonymous(), "carrier-post", trackingNumber, "PICKED_UP", "Moscow", pickedUp).expectStatus(200);
        Trade.sendTracking(client.anonymous(), "carrier-post", trackingNumber, "DELIVERED", "Beijing", pickedUp.plusSeconds(30))
                .expectStatus(200);
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("DELIVERED");
        dispatchOrderEvents(server);

        // the escrow agent's notification: the release is applied once, the rest was known
        JsonNode released = Trade.sendPaymentWebhook(client.anonymous(), ESCROW, Trade.escrowNotification(reference))
                .expectStatus(200).json();
        assertThat(released.path("applied").asInt()).as("%s", released).isEqualTo(1);
        assertThat(eventTypes(client, orderId)).containsOnlyOnce("order.payment_released");
        JsonNode again = Trade.sendPaymentWebhook(client.anonymous(), ESCROW, Trade.escrowNotification(reference))
                .expectStatus(200).json();
        assertThat(again.path("applied").asInt()).as("%s", again).isZero();
        assertThat(again.path("duplicates").asInt()).as("%s", again).isEqualTo(released.path("applied").asInt()
                + released.path("duplicates").asInt() + released.path("ignored").asInt());
        assertThat(eventTypes(client, orderId)).containsOnlyOnce("order.payment_released");

        // released money is the seller's: the escrow refuses a refund and the core records none
        client.admin().post("/v1/orders/" + orderId + "/refunds", Map.of("reason", "changed my mind"))
                .expectProblem(402, "payment_declined");
        assertThat(refunded(client, orderId)).isZero();
        assertThat(CrossBorderOrderTest.status(client, orderId)).isEqualTo("DELIVERED");
    }

    private static String authorizedOrder(SampleTenantClient client, String name,
                                          BiFunction<String, String, Map<String, Object>> orderRequest) {
        JsonNode placed = placeOrder(client, name, orderRequest);
        assertThat(placed.path("status").asText()).as("%s", placed).isEqualTo("AUTHORIZED");
        return placed.path("id").asText();
    }

    /** Lists a honey, quotes it to Beijing and orders it with the carrier-post option. */
    private static JsonNode placeOrder(SampleTenantClient client, String name,
                                       BiFunction<String, String, Map<String, Object>> orderRequest) {
        String productId = CheckoutFailuresTest.listHoney(client, "webhooks " + name, 5);
        JsonNode quote = CheckoutFailuresTest.quote(client, productId, 1);
        Map<String, Object> order = orderRequest.apply(quote.path("id").asText(),
                CrossBorderOrderTest.option(quote, "carrier-post").path("id").asText());
        return client.storefront().post("/v1/orders", order, "Idempotency-Key", "order-webhooks-" + name).expectStatus(201).json();
    }

    private static String reference(JsonNode payment) {
        String reference = payment.path("providerReference").asText();
        assertThat(reference).as("%s", payment).isNotBlank();
        return reference;
    }

    private static long refunded(SampleTenantClient client, String orderId) {
        return CrossBorderOrderTest.payment(client, orderId).path("refunded").path("minorUnits").asLong();
    }

    private static List<String> operations(SampleTenantClient client, String orderId, String type) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode op : client.storefront().get("/v1/orders/" + orderId + "/payment").expectStatus(200).json().path("operations")) {
            if (op.path("type").asText().equals(type)) {
                statuses.add(op.path("status").asText());
            }
        }
        return statuses;
    }

    private static List<String> eventTypes(SampleTenantClient client, String orderId) {
        List<String> types = new ArrayList<>();
        client.storefront().get("/v1/orders/" + orderId + "/events").expectStatus(200).json().path("events")
                .forEach(e -> types.add(e.path("type").asText()));
        return types;
    }

    /**
     * Delivers every order event committed so far to the listening plugins. A round waits for the background
     * dispatcher's round in progress, so when it returns every earlier event has been attempted.
     */
    private static void dispatchOrderEvents(OpenWtpTestServer server) {
        server.server().injector().getInstance(OutboxDispatcher.class).dispatchOnce();
    }
}
