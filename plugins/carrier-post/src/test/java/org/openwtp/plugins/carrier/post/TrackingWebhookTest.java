package org.openwtp.plugins.carrier.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.plugins.carrier.post.Fixtures.SHANGHAI;
import static org.openwtp.plugins.carrier.post.Fixtures.honey;
import static org.openwtp.plugins.carrier.post.Fixtures.shipment;
import static org.openwtp.plugins.carrier.post.Fixtures.smallBox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openwtp.plugins.support.carrier.TrackingWebhookSigner;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

class TrackingWebhookTest {

    static final String SECRET = "whsec_test_post";

    private final PostCarrier carrier = new PostCarrier();
    private final FakeContext context = FakeContext.of(carrier, Map.of("webhookSecret", SECRET)).withKey("ship-1");
    private final TrackingWebhookSigner signer = new TrackingWebhookSigner(SECRET);
    private String tn;

    @BeforeEach
    void book() {
        tn = carrier.createShipment(shipment("PARCEL", SHANGHAI, honey(1, "24.00", "EUR"), smallBox("3")), context).trackingNumber();
    }

    /** Sends a signed event {@code after} the context's time; the context must carry {@link #SECRET}. */
    static WebhookResult<TrackingEvent> send(PostCarrier carrier, FakeContext context, String tn, TrackingStatus status, Duration after) {
        FakeContext later = context.plus(after);
        TrackingEvent event = new TrackingEvent(tn, status, later.now(), "Moscow", status.name());
        return carrier.handleWebhook(new TrackingWebhookSigner(SECRET).webhook(event, later.now()), later);
    }

    private WebhookResult<TrackingEvent> send(TrackingStatus status, Duration after) {
        return send(carrier, context, tn, status, after);
    }

    @Test
    void aValidSignedEventMovesTheShipmentOn() {
        WebhookResult<TrackingEvent> result = send(TrackingStatus.PICKED_UP, Duration.ofHours(2));
        assertThat(result.isVerified()).isTrue();
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.trackingNumber()).isEqualTo(tn);
            assertThat(e.status()).isEqualTo(TrackingStatus.PICKED_UP);
        });
        assertThat(carrier.track(tn, context).status()).isEqualTo(TrackingStatus.PICKED_UP);
    }

    @Test
    void theFullStoryEndsDeliveredAndNeverGoesBack() {
        send(TrackingStatus.PICKED_UP, Duration.ofHours(2));
        send(TrackingStatus.IN_TRANSIT, Duration.ofDays(1));
        send(TrackingStatus.CUSTOMS, Duration.ofDays(6));
        send(TrackingStatus.DELIVERED, Duration.ofDays(12));
        WebhookResult<TrackingEvent> late = send(TrackingStatus.IN_TRANSIT, Duration.ofDays(13));
        assertThat(late.isVerified()).isTrue();
        assertThat(late.events()).isEmpty();
        var info = carrier.track(tn, context);
        assertThat(info.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(info.events()).extracting(TrackingEvent::status).containsExactly(TrackingStatus.LABEL_CREATED, TrackingStatus.PICKED_UP,
                TrackingStatus.IN_TRANSIT, TrackingStatus.CUSTOMS, TrackingStatus.DELIVERED);
    }

    @Test
    void aDuplicateDeliveryIsAcceptedButCarriesNoNewEvent() {
        TrackingEvent event = new TrackingEvent(tn, TrackingStatus.IN_TRANSIT, context.now(), "Moscow", "departed");
        InboundWebhook webhook = signer.webhook(event, context.now());
        assertThat(carrier.handleWebhook(webhook, context).events()).hasSize(1);
        WebhookResult<TrackingEvent> again = carrier.handleWebhook(webhook, context);
        assertThat(again.isVerified()).isTrue();
        assertThat(again.events()).isEmpty();
        assertThat(carrier.track(tn, context).events()).hasSize(2);
    }

    @Test
    void aTamperedBodyIsRejected() {
        InboundWebhook signed = signer.webhook(new TrackingEvent(tn, TrackingStatus.IN_TRANSIT, context.now(), "", ""), context.now());
        byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8).replace("IN_TRANSIT", "DELIVERED").getBytes(StandardCharsets.UTF_8);
        WebhookResult<TrackingEvent> result = carrier.handleWebhook(new InboundWebhook(signed.headers(), tampered, context.now()), context);
        assertThat(result.rejection().orElseThrow().code()).isEqualTo("INVALID_SIGNATURE");
        assertThat(carrier.track(tn, context).status()).isEqualTo(TrackingStatus.LABEL_CREATED);
    }

    @Test
    void aWrongSecretOrMissingHeaderIsRejected() {
        TrackingEvent event = new TrackingEvent(tn, TrackingStatus.IN_TRANSIT, context.now(), "", "");
        assertThat(carrier.handleWebhook(new TrackingWebhookSigner("other").webhook(event, context.now()), context).rejection().orElseThrow().code())
                .isEqualTo("INVALID_SIGNATURE");
        InboundWebhook unsigned = new InboundWebhook(Map.of(), TrackingWebhookSigner.body(event), context.now());
        assertThat(carrier.handleWebhook(unsigned, context).rejection().orElseThrow().code()).isEqualTo("MISSING_SIGNATURE");
    }

    @Test
    void aReplayOutsideTheWindowIsRejected() {
        Instant signedAt = context.now();
        InboundWebhook webhook = signer.webhook(new TrackingEvent(tn, TrackingStatus.IN_TRANSIT, signedAt, "", ""), signedAt);
        FakeContext inWindow = context.plus(Duration.ofSeconds(300));
        assertThat(carrier.handleWebhook(webhook, inWindow).isVerified()).isTrue();
        FakeContext replayed = context.plus(Duration.ofSeconds(301));
        assertThat(carrier.handleWebhook(webhook, replayed).rejection().orElseThrow().code()).isEqualTo("STALE_WEBHOOK");
    }

    @Test
    void anUnknownShipmentOrAMalformedBodyIsRejected() {
        TrackingEvent unknown = new TrackingEvent("LA000000005RU", TrackingStatus.IN_TRANSIT, context.now(), "", "");
        assertThat(carrier.handleWebhook(signer.webhook(unknown, context.now()), context).rejection().orElseThrow().code())
                .isEqualTo("UNKNOWN_SHIPMENT");
        byte[] body = "trackingNumber=x\nstatus=TELEPORTED\noccurredAt=2026-11-27T10:00:00Z\n".getBytes(StandardCharsets.UTF_8);
        InboundWebhook malformed = new InboundWebhook(Map.of(TrackingWebhookSigner.SIGNATURE_HEADER,
                List.of(signer.signature(body, context.now()))), body, context.now());
        assertThat(carrier.handleWebhook(malformed, context).rejection().orElseThrow().code()).isEqualTo("MALFORMED_WEBHOOK");
    }

    @Test
    void withoutASecretEveryWebhookIsRejected() {
        FakeContext noSecret = FakeContext.of(carrier, Map.of());
        TrackingEvent event = new TrackingEvent(tn, TrackingStatus.IN_TRANSIT, context.now(), "", "");
        assertThat(carrier.handleWebhook(signer.webhook(event, context.now()), noSecret).rejection().orElseThrow().code())
                .isEqualTo("WEBHOOK_SECRET_NOT_CONFIGURED");
    }
}
