package org.openwtp.core.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.events.internal.OutboxDao;
import org.openwtp.core.events.internal.SubscriptionDao;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.plugin.TenantExtension;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.EncryptedValue;
import org.openwtp.core.tenant.MasterKeyRing;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events, at least once, in two steps that both survive restarts because every step is a
 * committed row:
 * <ol>
 *   <li><b>fan-out</b>: an event not yet fanned out gets one delivery row per target — each enabled plugin
 *       implementing {@link OrderEventListener} that wants the event type (order events only), and each
 *       active webhook subscription of the tenant that wants it; the event is marked fanned out in the same
 *       transaction (a conditional update, so two nodes never fan out one event twice);</li>
 *   <li><b>delivery</b>: due deliveries are claimed under a lease ({@code FOR UPDATE SKIP LOCKED} on
 *       PostgreSQL; the single writer on SQLite), attempted outside any transaction, and their outcome
 *       logged; a failure is retried after {@link OutboxSettings#backoffAfter(int)}, forever, until the
 *       target acknowledges (a 2xx answer, or a listener call that returns).</li>
 * </ol>
 * Runs in the background every {@link OutboxSettings#pollInterval()} once started; tests call
 * {@link #dispatchOnce()}. Thread-safe.
 */
public final class OutboxDispatcher implements Lifecycle {

    static final String PLUGIN = "PLUGIN";
    static final String WEBHOOK = WebhookSubscriptionService.DELIVERY_KIND;

    /** Header naming the event. */
    public static final String EVENT_ID_HEADER = "X-OpenWTP-Event-Id";
    /** Header naming the event type. */
    public static final String EVENT_TYPE_HEADER = "X-OpenWTP-Event-Type";
    /** Header naming the delivery (the same across retries of one event to one subscription). */
    public static final String DELIVERY_ID_HEADER = "X-OpenWTP-Delivery-Id";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Storage storage;
    private final Clock clock;
    private final PluginExtensions extensions;
    private final WebhookSender sender;
    private final MasterKeyRing keys;
    private final OutboxSettings settings;
    private final Object roundLock = new Object();
    private ScheduledExecutorService scheduler;

    /**
     * @param storage    the database
     * @param clock      the clock (tests move it to make retries due)
     * @param extensions the tenant-aware plugin lookup
     * @param sender     how webhooks are posted
     * @param keys       the master keys that open subscription secrets
     * @param settings   polling, batching and backoff
     */
    @Inject
    public OutboxDispatcher(Storage storage, Clock clock, PluginExtensions extensions, WebhookSender sender, MasterKeyRing keys,
                            OutboxSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.extensions = Objects.requireNonNull(extensions, "extensions must not be null");
        this.sender = Objects.requireNonNull(sender, "sender must not be null");
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    @Override
    public String name() {
        return "outbox-dispatcher";
    }

    @Override
    public int phase() {
        return BACKGROUND;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openwtp-outbox");
            t.setDaemon(true);
            return t;
        });
        long every = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdown();
            if (!scheduler.awaitTermination(settings.callTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
            scheduler = null;
        }
    }

    private void runQuietly() {
        try {
            while (dispatchOnce().attempted() >= settings.batchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox round failed; retrying at the next poll: {}", e.toString());
        }
    }

    /**
     * What one round did.
     *
     * @param fannedOut  events fanned out into deliveries
     * @param attempted  deliveries attempted
     * @param delivered  deliveries acknowledged
     */
    public record Round(int fannedOut, int attempted, int delivered) {
    }

    /**
     * One round: fans out pending events, then attempts every delivery that is due. Rounds on one
     * dispatcher run one at a time.
     *
     * @return what was done
     */
    public Round dispatchOnce() {
        synchronized (roundLock) {
            int fanned = fanOut();
            int[] delivered = deliverDue();
            return new Round(fanned, delivered[0], delivered[1]);
        }
    }

    private int fanOut() {
        List<StoredEvent> events = storage.withHandle(h -> OutboxDao.unfannedEvents(h, settings.batchSize()));
        if (events.isEmpty()) {
            return 0;
        }
        Map<TenantId, Map<String, Set<String>>> listenersByTenant = new HashMap<>();
        for (StoredEvent e : events) {
            listenersByTenant.computeIfAbsent(e.tenant(), this::listeners);
        }
        Instant now = clock.instant();
        return storage.inTransaction(h -> {
            int fanned = 0;
            Map<TenantId, List<WebhookSubscription>> subscriptions = new HashMap<>();
            for (StoredEvent e : events) {
                if (!OutboxDao.markFannedOut(h, e.tenant(), e.eventId())) {
                    continue;
                }
                fanned++;
                if (e.aggregateType().equals("order")) {
                    for (Map.Entry<String, Set<String>> l : listenersByTenant.get(e.tenant()).entrySet()) {
                        if (l.getValue() == null || l.getValue().contains(e.eventType()) || l.getValue().contains("*")) {
                            OutboxDao.insertDelivery(h, e.tenant(), Ids.next("dlv", now), e.eventId(), PLUGIN, l.getKey(), now);
                        }
                    }
                }
                for (WebhookSubscription s : subscriptions.computeIfAbsent(e.tenant(), t -> SubscriptionDao.active(h, t))) {
                    if (s.wants(e.eventType())) {
                        OutboxDao.insertDelivery(h, e.tenant(), Ids.next("dlv", now), e.eventId(), WEBHOOK, s.id(), now);
                    }
                }
            }
            return fanned;
        });
    }

    /** Listening plugins of a tenant and the event types they want (null: could not ask, deliver everything). */
    private Map<String, Set<String>> listeners(TenantId tenant) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (TenantExtension<OrderEventListener> l : extensions.forTenant(tenant, OrderEventListener.class)) {
            Set<String> types;
            try {
                types = l.call("eventTypes", (listener, ctx) -> listener.eventTypes());
            } catch (PluginCallException e) {
                LOG.warn("cannot ask plugin {} which events it wants; delivering all: {}", l.pluginId(), e.getMessage());
                types = null;
            }
            result.put(l.pluginId(), types == null ? null : Set.copyOf(types));
        }
        return result;
    }

    private int[] deliverDue() {
        Instant now = clock.instant();
        List<OutboxDao.Claimed> claimed = storage.inTransaction(h -> OutboxDao.claimDue(h, storage.dialect(), now,
                now.plus(settings.lease()), settings.batchSize()));
        int delivered = 0;
        for (OutboxDao.Claimed c : claimed) {
            if (attempt(c)) {
                delivered++;
            }
        }
        return new int[] {claimed.size(), delivered};
    }

    private boolean attempt(OutboxDao.Claimed c) {
        Optional<StoredEvent> event = storage.withHandle(h -> OutboxDao.event(h, c.tenant(), c.eventId()));
        if (event.isEmpty()) {
            storage.useTransaction(h -> OutboxDao.drop(h, c, "the event no longer exists"));
            return false;
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Outcome outcome;
        try {
            outcome = c.targetKind().equals(WEBHOOK) ? postWebhook(c, event.get(), started) : callListener(c, event.get());
        } catch (RuntimeException e) {
            LOG.warn("delivery {} failed before reaching its target", c.deliveryId(), e);
            outcome = new Outcome(false, null, "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        Outcome result = outcome;
        if (result.drop() != null) {
            storage.useTransaction(h -> OutboxDao.drop(h, c, result.drop()));
            return false;
        }
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        Instant next = clock.instant().plus(settings.backoffAfter(c.attempts() + 1));
        storage.useTransaction(h -> OutboxDao.recordAttempt(h, c, started, result.ok(), result.statusCode(), result.error(), ms, next));
        if (!result.ok()) {
            LOG.info("delivery {} of event {} to {} {} failed (attempt {}): {}; next attempt at {}", c.deliveryId(), c.eventId(),
                    c.targetKind().toLowerCase(java.util.Locale.ROOT), c.targetId(), c.attempts() + 1, result.error(), next);
        }
        return result.ok();
    }

    private record Outcome(boolean ok, Integer statusCode, String error, String drop) {
    }

    private Outcome postWebhook(OutboxDao.Claimed c, StoredEvent e, Instant now) {
        Optional<WebhookSubscription> subscription = storage.withHandle(h -> SubscriptionDao.find(h, c.tenant(), c.targetId()));
        Optional<EncryptedValue> sealed = storage.withHandle(h -> SubscriptionDao.secret(h, c.tenant(), c.targetId()));
        if (subscription.isEmpty() || sealed.isEmpty()) {
            return new Outcome(false, null, null, "the subscription was deleted");
        }
        String secret = keys.decrypt(sealed.get(), WebhookSubscriptionService.sealContext(c.tenant(), c.targetId()));
        byte[] body = envelope(e);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(secret, body, now));
        headers.put(EVENT_ID_HEADER, e.eventId());
        headers.put(EVENT_TYPE_HEADER, e.eventType());
        headers.put(DELIVERY_ID_HEADER, c.deliveryId());
        URI url = URI.create(subscription.get().url());
        WebhookSender.Response r = sender.post(url, body, headers, settings.callTimeout());
        return new Outcome(r.acknowledged(), r.statusCode() == 0 ? null : r.statusCode(), r.error(), null);
    }

    private Outcome callListener(OutboxDao.Claimed c, StoredEvent e) {
        Optional<TenantExtension<OrderEventListener>> listener = extensions.forTenant(c.tenant(), OrderEventListener.class, c.targetId());
        if (listener.isEmpty()) {
            return new Outcome(false, null, "plugin " + c.targetId() + " is not enabled for the tenant or not started", null);
        }
        OrderEvent event = new OrderEvent(e.eventId(), e.eventType(), e.aggregateId(), e.occurredAt(), e.attributes());
        try {
            listener.get().run("onOrderEvent", CallOptions.onExecutor(settings.callTimeout()), (l, ctx) -> l.onOrderEvent(event, ctx));
            return new Outcome(true, null, "", null);
        } catch (PluginCallException ex) {
            return new Outcome(false, null, ex.getMessage(), null);
        }
    }

    /**
     * The JSON body of a webhook: {@code {id, type, tenant, occurredAt, aggregate: {type, id, sequence}, data}}.
     *
     * @param e the event
     * @return UTF-8 bytes
     */
    static byte[] envelope(StoredEvent e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", e.eventId());
        root.put("type", e.eventType());
        root.put("tenant", e.tenant().value());
        root.put("occurredAt", e.occurredAt().toString());
        ObjectNode aggregate = root.putObject("aggregate");
        aggregate.put("type", e.aggregateType());
        aggregate.put("id", e.aggregateId());
        aggregate.put("sequence", e.sequence());
        ObjectNode data = root.putObject("data");
        new java.util.TreeMap<>(e.attributes()).forEach(data::put);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Events of one aggregate, in order (for the order history endpoint and tests).
     *
     * @param tenant      the tenant
     * @param aggregateId e.g. an order id
     * @return the events
     */
    public List<StoredEvent> eventsOf(TenantId tenant, String aggregateId) {
        return new ArrayList<>(storage.withHandle(h -> OutboxDao.eventsOf(h, tenant, aggregateId)));
    }

    /**
     * Deliveries not yet acknowledged plus events not yet fanned out, across tenants.
     *
     * @return the backlog
     */
    public long backlog() {
        return storage.withHandle(OutboxDao::backlog);
    }
}
