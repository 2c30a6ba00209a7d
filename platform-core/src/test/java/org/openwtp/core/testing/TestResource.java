package org.openwtp.core.testing;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes that exercise the framework: echo a validated body, fail, block until released. */
public final class TestResource implements ApiResource {

    private static final Logger LOG = LoggerFactory.getLogger(TestResource.class);

    /** Entered by /v1/test/slow. */
    public volatile CountDownLatch slowEntered = new CountDownLatch(1);
    /** Releases /v1/test/slow. */
    public volatile CountDownLatch slowRelease = new CountDownLatch(1);
    /** Widgets stored per tenant, to prove hostile input changes nothing. */
    public final Map<String, List<Widget>> stored = new ConcurrentHashMap<>();

    /** A widget. @param name 1..50 chars @param quantity 1..1000 @param tags labels @param note optional */
    public record Widget(String name, int quantity, List<String> tags, Optional<String> note) {
        /** Validates. */
        public Widget {
            Objects.requireNonNull(name, "name is required");
            if (name.isBlank() || name.length() > 50) {
                throw new IllegalArgumentException("name must have 1 to 50 characters");
            }
            if (quantity < 1 || quantity > 1000) {
                throw new IllegalArgumentException("quantity must be from 1 to 1000, got " + quantity);
            }
            tags = tags == null ? List.of() : List.copyOf(tags);
            note = note == null ? Optional.empty() : note;
        }
    }

    /** Who called. @param tenant tenant @param role role */
    public record WhoAmI(String tenant, String role) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/test/widgets", this::create).roles(Role.TENANT_ADMIN, Role.SELLER)
                .summary("Store a widget").request(Widget.class).response(201, Widget.class);
        routes.get("/v1/test/widgets/{widget}", this::show).roles(Role.TENANT_ADMIN, Role.SELLER, Role.STOREFRONT)
                .summary("Show a widget of the caller's tenant").response(200, Widget.class);
        routes.get("/v1/test/whoami", this::whoami).roles(Role.TENANT_ADMIN, Role.SELLER, Role.STOREFRONT, Role.HOST_ADMIN)
                .summary("Who is calling").response(200, WhoAmI.class);
        routes.get("/v1/test/boom", this::boom).publicAccess().summary("Fails unexpectedly");
        routes.get("/v1/test/slow", this::slow).publicAccess().summary("Blocks until released");
    }

    private void create(Context ctx) {
        Widget w = JsonBodies.read(ctx, Widget.class);
        String tenant = Requests.tenant(ctx).value();
        stored.computeIfAbsent(tenant, t -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(w);
        LOG.info("stored widget {}", w.name());
        ctx.status(201).json(w);
    }

    private void show(Context ctx) {
        String tenant = Requests.tenant(ctx).value();
        String name = ctx.pathParam("widget");
        Widget w = stored.getOrDefault(tenant, List.of()).stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("widget", name));
        ctx.json(w);
    }

    private void whoami(Context ctx) {
        Principal p = Requests.principal(ctx);
        ctx.json(new WhoAmI(p.tenant() == null ? null : p.tenant().value(), p.role().name()));
    }

    private void boom(Context ctx) {
        throw new IllegalStateException("secret internal detail");
    }

    private void slow(Context ctx) throws InterruptedException {
        slowEntered.countDown();
        if (!slowRelease.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        ctx.result("done");
    }
}
