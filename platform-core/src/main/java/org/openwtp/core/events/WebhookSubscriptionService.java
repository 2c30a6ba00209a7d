package org.openwtp.core.events;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.events.internal.OutboxDao;
import org.openwtp.core.events.internal.SubscriptionDao;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.http.Page;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.EncryptedValue;
import org.openwtp.core.tenant.MasterKeyRing;
import org.openwtp.sdk.context.TenantId;

/**
 * Tenant webhook subscriptions: create (the signing secret is generated and shown once, then kept encrypted
 * under the host master key), list, delete, and each subscription's delivery log. URLs must point at public
 * addresses unless the host allows private ones ({@link WebhookTargetPolicy}). Thread-safe.
 */
public final class WebhookSubscriptionService {

    static final String DELIVERY_KIND = "WEBHOOK";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Storage storage;
    private final Clock clock;
    private final MasterKeyRing keys;
    private final WebhookTargetPolicy targets;

    /**
     * @param storage the database
     * @param clock   the clock
     * @param keys    the host master keys that seal the secrets
     * @param targets which addresses subscriptions may point at
     */
    @Inject
    public WebhookSubscriptionService(Storage storage, Clock clock, MasterKeyRing keys, WebhookTargetPolicy targets) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
        this.targets = Objects.requireNonNull(targets, "targets must not be null");
    }

    /**
     * A new subscription and its secret.
     *
     * @param subscription the subscription
     * @param secret       the signing secret, shown only in this answer
     */
    public record Created(WebhookSubscription subscription, String secret) {
    }

    /**
     * Creates a subscription.
     *
     * @param tenant      the tenant
     * @param url         an absolute http(s) URL
     * @param eventTypes  event types, or empty / {@code *} for all
     * @param description a note, may be null
     * @return the subscription and its secret
     * @throws ApiException 400 listing what is wrong
     */
    public Created create(TenantId tenant, String url, List<String> eventTypes, String description) {
        List<FieldError> errors = new ArrayList<>();
        validateUrl(url, errors);
        List<String> types = eventTypes == null || eventTypes.isEmpty() ? List.of("*") : List.copyOf(eventTypes);
        for (int i = 0; i < types.size(); i++) {
            String t = types.get(i);
            if (t == null || !(t.equals("*") || t.matches("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_.]*")) || t.length() > 64) {
                errors.add(FieldError.invalid("eventTypes[" + i + "]", "event types look like order.paid, or * for all"));
            }
        }
        String note = description == null ? "" : description;
        if (note.length() > 200) {
            errors.add(new FieldError("description", "too_long", "description must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        WebhookSubscription s = new WebhookSubscription(Ids.next("whs", clock.instant()), url, types, note, clock.instant());
        EncryptedValue sealed = keys.encrypt(secret, sealContext(tenant, s.id()));
        storage.useTransaction(h -> SubscriptionDao.insert(h, tenant, s, sealed));
        return new Created(s, secret);
    }

    /**
     * Lists active subscriptions.
     *
     * @param tenant the tenant
     * @param page   the page asked for
     * @return one page
     */
    public Page<WebhookSubscription> list(TenantId tenant, PageRequest page) {
        List<WebhookSubscription> rows = storage.withHandle(h -> SubscriptionDao.page(h, tenant, page.cursor(), page.limit() + 1));
        return Page.of(rows, page, WebhookSubscription::id);
    }

    /**
     * One subscription.
     *
     * @param tenant the tenant
     * @param id     the subscription
     * @return it
     * @throws ApiException 404 if the tenant has no such subscription
     */
    public WebhookSubscription get(TenantId tenant, String id) {
        return storage.withHandle(h -> SubscriptionDao.find(h, tenant, id)).orElseThrow(() -> ApiException.notFound("webhook subscription", id));
    }

    /**
     * Deletes a subscription; its pending deliveries are dropped, its log stays.
     *
     * @param tenant the tenant
     * @param id     the subscription
     * @throws ApiException 404 if the tenant has no such subscription
     */
    public void delete(TenantId tenant, String id) {
        boolean removed = storage.inTransaction(h -> {
            boolean done = SubscriptionDao.deactivate(h, tenant, id);
            if (done) {
                OutboxDao.dropPendingFor(h, tenant, DELIVERY_KIND, id);
            }
            return done;
        });
        if (!removed) {
            throw ApiException.notFound("webhook subscription", id);
        }
    }

    /**
     * The delivery log of a subscription.
     *
     * @param tenant the tenant
     * @param id     the subscription
     * @param page   the page asked for
     * @return deliveries, oldest first
     */
    public Page<OutboxDao.DeliveryRow> deliveries(TenantId tenant, String id, PageRequest page) {
        get(tenant, id);
        List<OutboxDao.DeliveryRow> rows = storage.withHandle(h -> OutboxDao.deliveriesOf(h, tenant, DELIVERY_KIND, id,
                page.cursor(), page.limit() + 1));
        return Page.of(rows, page, OutboxDao.DeliveryRow::deliveryId);
    }

    static String sealContext(TenantId tenant, String subscriptionId) {
        return "webhook-subscription:" + tenant.value() + ":" + subscriptionId;
    }

    private void validateUrl(String url, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            errors.add(FieldError.required("url", "url is required: the absolute http(s) URL events are POSTed to"));
            return;
        }
        if (url.length() > 2000) {
            errors.add(new FieldError("url", "too_long", "url must be at most 2000 characters"));
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
                    || uri.getFragment() != null) {
                errors.add(FieldError.invalid("url", "url must be an absolute http or https URL with a host, without "
                        + "user info or fragment"));
            } else {
                targets.refuseAtCreation(uri).ifPresent(why -> errors.add(FieldError.invalid("url", why)));
            }
        } catch (URISyntaxException e) {
            errors.add(FieldError.invalid("url", "url is not a valid URI"));
        }
    }
}
