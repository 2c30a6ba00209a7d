package org.openwtp.core.events;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.openwtp.core.events.internal.OutboxDao;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Page;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;

/** {@code /v1/webhooks/subscriptions}: the tenant admin's outgoing webhooks and their delivery log. Thread-safe. */
public final class WebhookSubscriptionResource implements ApiResource {

    private final WebhookSubscriptionService subscriptions;

    /**
     * @param subscriptions the service
     */
    @Inject
    public WebhookSubscriptionResource(WebhookSubscriptionService subscriptions) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
    }

    /**
     * The body of a new subscription.
     *
     * @param url         where to POST events (http or https)
     * @param eventTypes  which event types, e.g. {@code ["order.paid"]}; absent or {@code ["*"]} for all
     * @param description a note
     */
    public record CreateRequest(String url, List<String> eventTypes, String description) {
    }

    /**
     * A new subscription with its secret, shown only in this answer.
     *
     * @param id          the subscription id
     * @param url         the URL
     * @param eventTypes  the event types
     * @param description the note
     * @param secret      the signing secret: keep it, it is not shown again
     * @param createdAt   when
     */
    public record CreatedView(String id, String url, List<String> eventTypes, String description, String secret,
                              java.time.Instant createdAt) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/webhooks/subscriptions", this::create)
                .summary("Subscribe a URL to events; the signing secret is shown once")
                .roles(Role.TENANT_ADMIN).request(CreateRequest.class).response(201, CreatedView.class);
        routes.get("/v1/webhooks/subscriptions", this::list)
                .summary("List webhook subscriptions").roles(Role.TENANT_ADMIN)
                .query("limit", "items per page, 1-200 (default 50)").query("cursor", "nextCursor of the previous page")
                .response(200, Page.class);
        routes.get("/v1/webhooks/subscriptions/{subscription}", this::show)
                .summary("Show a webhook subscription").roles(Role.TENANT_ADMIN).response(200, WebhookSubscription.class);
        routes.delete("/v1/webhooks/subscriptions/{subscription}", this::delete)
                .summary("Delete a webhook subscription; its pending deliveries are dropped").roles(Role.TENANT_ADMIN)
                .response(204, Void.class);
        routes.get("/v1/webhooks/subscriptions/{subscription}/deliveries", this::deliveries)
                .summary("The delivery log of a subscription: attempts, status, next attempt").roles(Role.TENANT_ADMIN)
                .query("limit", "items per page, 1-200 (default 50)").query("cursor", "nextCursor of the previous page")
                .response(200, Page.class);
    }

    private void create(Context ctx) {
        CreateRequest body = JsonBodies.read(ctx, CreateRequest.class);
        WebhookSubscriptionService.Created created = subscriptions.create(Requests.tenant(ctx), body.url(), body.eventTypes(),
                body.description());
        WebhookSubscription s = created.subscription();
        ctx.status(201).json(new CreatedView(s.id(), s.url(), s.eventTypes(), s.description(), created.secret(), s.createdAt()));
    }

    private void list(Context ctx) {
        ctx.json(subscriptions.list(Requests.tenant(ctx), PageRequest.from(ctx)));
    }

    private void show(Context ctx) {
        ctx.json(subscriptions.get(Requests.tenant(ctx), ctx.pathParam("subscription")));
    }

    private void delete(Context ctx) {
        subscriptions.delete(Requests.tenant(ctx), ctx.pathParam("subscription"));
        ctx.status(204);
    }

    private void deliveries(Context ctx) {
        Page<OutboxDao.DeliveryRow> page = subscriptions.deliveries(Requests.tenant(ctx), ctx.pathParam("subscription"),
                PageRequest.from(ctx));
        ctx.json(page);
    }
}
