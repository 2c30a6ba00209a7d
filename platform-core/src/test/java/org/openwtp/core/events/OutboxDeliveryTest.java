package org.openwtp.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.commerce.CommerceFixture.A;
import static org.openwtp.core.commerce.CommerceFixture.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.commerce.CommerceFixture;
import org.openwtp.core.commerce.FakePaymentProvider;
import org.openwtp.core.events.internal.OutboxDao;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;

class OutboxDeliveryTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A listening plugin that records events and fails while told to. */
    static final class RecordingListener implements OrderEventListener {
        final List<OrderEvent> events = new CopyOnWriteArrayList<>();
        volatile int failuresLeft;

        @Override
        public List<ConfigField> configFields() {
            return List.of();
        }

        @Override
        public Set<String> eventTypes() {
            return Set.of("order.created", "order.delivered");
        }

        @Override
        public void onOrderEvent(OrderEvent event, PluginContext context) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("escrow service unreachable");
            }
            events.add(event);
        }
    }

    private CommerceFixture fixture(Path file) {
        Storage storage = Storage.open(StorageConfig.sqlite(file));
        return new CommerceFixture(storage, storage, Duration.ofSeconds(5));
    }

    private static String place(CommerceFixture f) {
        f.product(A, "p1", 5);
        f.quote(A, "q1", "p1", 1);
        return f.orders.place(A, "key-1", "idem-1", card("q1", FakePaymentProvider.APPROVE)).orderId();
    }

    @Test
    void backlogGaugeCountsWhatIsStillToDeliver() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); CommerceFixture f = fixture(dir.resolve("gauge.db"))) {
            io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
            OutboxDispatcher dispatcher = f.dispatcher();
            new org.openwtp.core.events.internal.OutboxBacklogGauge(registry, dispatcher);
            io.micrometer.core.instrument.Gauge gauge = registry.get(org.openwtp.core.events.internal.OutboxBacklogGauge.NAME).gauge();
            assertThat(gauge.value()).isZero();
            f.subscriptions.create(A, receiver.url(), List.of("order.created"), "");
            place(f);
            assertThat(gauge.value()).as("events written, none fanned out yet").isPositive();
            dispatcher.dispatchOnce();
            assertThat(gauge.value()).isZero();
        }
    }

    @Test
    void webhookIsSignedDeliveredAndLogged() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); CommerceFixture f = fixture(dir.resolve("a.db"))) {
            WebhookSubscriptionService.Created sub = f.subscriptions.create(A, receiver.url(), List.of("order.authorized"), "shop");
            String orderId = place(f);
            OutboxDispatcher.Round round = f.dispatcher().dispatchOnce();
            assertThat(round.delivered()).isEqualTo(1);
            assertThat(receiver.received).hasSize(1);
            WebhookReceiver.Received r = receiver.received.get(0);
            assertThat(WebhookSignature.verify(sub.secret(), r.body(), r.header(WebhookSignature.HEADER), f.clock.instant(),
                    Duration.ofMinutes(5))).isTrue();
            assertThat(WebhookSignature.verify("whsec_wrong", r.body(), r.header(WebhookSignature.HEADER), f.clock.instant(),
                    Duration.ofMinutes(5))).isFalse();
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("type").asText()).isEqualTo("order.authorized");
            assertThat(body.get("aggregate").get("id").asText()).isEqualTo(orderId);
            assertThat(body.get("data").get("providerReference").asText()).startsWith("fp_");
            assertThat(r.header(OutboxDispatcher.EVENT_ID_HEADER)).isEqualTo(body.get("id").asText());
            var log = f.subscriptions.deliveries(A, sub.subscription().id(), new PageRequest(50, Optional.empty())).items();
            assertThat(log).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo("DELIVERED");
                assertThat(d.attempts()).isEqualTo(1);
                assertThat(d.lastStatusCode()).isEqualTo(204);
            });
            assertThat(f.dispatcher().dispatchOnce()).isEqualTo(new OutboxDispatcher.Round(0, 0, 0));
        }
    }

    @Test
    void failedDeliveryIsRetriedWithExponentialBackoffUntilAcknowledged() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); CommerceFixture f = fixture(dir.resolve("b.db"))) {
            WebhookSubscriptionService.Created sub = f.subscriptions.create(A, receiver.url(), List.of("order.created"), "");
            receiver.failuresLeft.set(2);
            place(f);
            OutboxDispatcher dispatcher = f.dispatcher();
            assertThat(dispatcher.dispatchOnce().attempted()).isEqualTo(1);
            assertThat(dispatcher.dispatchOnce().attempted()).as("not due before the backoff").isZero();
            f.clock.advance(Duration.ofSeconds(10));
            assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Round(0, 1, 0));
            f.clock.advance(Duration.ofSeconds(10));
            assertThat(dispatcher.dispatchOnce().attempted()).as("the second wait is 20 s").isZero();
            f.clock.advance(Duration.ofSeconds(10));
            assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Round(0, 1, 1));
            var delivery = f.subscriptions.deliveries(A, sub.subscription().id(), new PageRequest(50, Optional.empty())).items().get(0);
            assertThat(delivery.status()).isEqualTo("DELIVERED");
            List<OutboxDao.Attempt> attempts = f.storage.withHandle(h -> OutboxDao.attempts(h, A, delivery.deliveryId()));
            assertThat(attempts).extracting(OutboxDao.Attempt::statusCode).containsExactly(500, 500, 204);
            assertThat(receiver.received).extracting(x -> x.header(OutboxDispatcher.DELIVERY_ID_HEADER)).containsOnly(delivery.deliveryId());
        }
    }

    @Test
    void undeliveredEventsSurviveARestartOfTheDispatcher() throws Exception {
        Path file = dir.resolve("c.db");
        String subscriptionId;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.failuresLeft.set(1);
            receiver.failStatus = 503;
            try (CommerceFixture f = fixture(file)) {
                subscriptionId = f.subscriptions.create(A, receiver.url(), List.of("*"), "").subscription().id();
                place(f);
                OutboxDispatcher.Round first = f.dispatcher().dispatchOnce();
                assertThat(first.attempted()).isEqualTo(2);
                assertThat(first.delivered()).isEqualTo(1);
            }
            // a new process over the same file: a new storage, a new dispatcher
            try (CommerceFixture f = fixture(file)) {
                f.clock.advance(Duration.ofMinutes(1));
                OutboxDispatcher.Round after = f.dispatcher().dispatchOnce();
                assertThat(after.delivered()).isEqualTo(1);
                assertThat(f.subscriptions.deliveries(A, subscriptionId, new PageRequest(50, Optional.empty())).items())
                        .extracting(OutboxDao.DeliveryRow::status).containsOnly("DELIVERED");
                assertThat(f.dispatcher().backlog()).isZero();
            }
            assertThat(receiver.received.stream().map(r -> r.header(OutboxDispatcher.EVENT_TYPE_HEADER)).distinct())
                    .containsExactlyInAnyOrder("order.created", "order.authorized");
        }
    }

    @Test
    void listeningPluginGetsTheAttributesAnEscrowNeedsAndIsRetried() {
        try (CommerceFixture f = fixture(dir.resolve("d.db"))) {
            RecordingListener listener = new RecordingListener();
            listener.failuresLeft = 1;
            f.extensions.register(A, OrderEventListener.class, "escrow", listener);
            String orderId = place(f);
            OutboxDispatcher dispatcher = f.dispatcher();
            assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Round(2, 1, 0));
            f.clock.advance(Duration.ofSeconds(10));
            assertThat(dispatcher.dispatchOnce().delivered()).isEqualTo(1);
            assertThat(listener.events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("order.created");
                assertThat(e.orderId()).isEqualTo(orderId);
                assertThat(e.attributes()).containsEntry("paymentProvider", CommerceFixture.PAY).containsEntry("buyerId", "buyer-1")
                        .containsEntry("total", "11000").containsEntry("currency", "EUR")
                        .containsKeys("duties", "taxes"); // collected with the order, in minor units like total
            });
            f.shipments.ship(A, orderId);
            String tracking = f.shipments.shipment(A, orderId).trackingNumber();
            f.shipments.applyTracking(A, CommerceFixture.SHIP, new org.openwtp.sdk.carrier.TrackingEvent(tracking,
                    org.openwtp.sdk.carrier.TrackingStatus.DELIVERED, f.clock.instant(), "Berlin", ""));
            dispatcher.dispatchOnce();
            assertThat(listener.events).extracting(OrderEvent::type).containsExactly("order.created", "order.delivered");
            assertThat(listener.events.get(1).attributes()).containsEntry("providerReference",
                    f.orders.get(A, orderId).payment().providerReference());
        }
    }

    @Test
    void deletingASubscriptionDropsItsPendingDeliveries() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); CommerceFixture f = fixture(dir.resolve("e.db"))) {
            receiver.failuresLeft.set(100);
            String id = f.subscriptions.create(A, receiver.url(), List.of(), "").subscription().id();
            place(f);
            f.dispatcher().dispatchOnce();
            f.subscriptions.delete(A, id);
            f.clock.advance(Duration.ofHours(1));
            assertThat(f.dispatcher().dispatchOnce().attempted()).isZero();
            assertThat(f.dispatcher().backlog()).isZero();
        }
    }
}
