package org.openwtp.core.admin.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.PluginView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;

/** Host administration of plugins under {@code /admin/plugins}. Thread-safe. */
public final class AdminPluginResource implements ApiResource {

    private final PluginAdministration plugins;

    /** @param plugins the plugin runtime's administration */
    @Inject
    public AdminPluginResource(PluginAdministration plugins) {
        this.plugins = plugins;
    }

    /** Every plugin. @param items the plugins */
    public record PluginList(List<PluginView> items) {
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/admin/plugins", this::list).roles(Role.HOST_ADMIN)
                .summary("List plugins with version, state, SDK range, extension points and failure reason")
                .response(200, PluginList.class);
        routes.get("/admin/plugins/{plugin}", this::show).roles(Role.HOST_ADMIN)
                .summary("Show a plugin").response(200, PluginView.class);
        routes.post("/admin/plugins/{plugin}/start", this::start).roles(Role.HOST_ADMIN)
                .summary("Start a plugin").response(200, PluginView.class);
        routes.post("/admin/plugins/{plugin}/stop", this::stop).roles(Role.HOST_ADMIN)
                .summary("Stop a plugin").response(200, PluginView.class);
        routes.post("/admin/plugins/{plugin}/reload", this::reload).roles(Role.HOST_ADMIN)
                .summary("Reload a plugin from the newest jar in the plugins folder").response(200, PluginView.class);
        routes.delete("/admin/plugins/{plugin}", this::unload).roles(Role.HOST_ADMIN)
                .summary("Unload a plugin").response(204, Void.class);
    }

    private void list(Context ctx) {
        ctx.json(new PluginList(plugins.list()));
    }

    private void show(Context ctx) {
        String id = id(ctx);
        ctx.json(plugins.find(id).orElseThrow(() -> ApiException.notFound("plugin", id)));
    }

    private void start(Context ctx) {
        ctx.json(plugins.start(id(ctx)));
    }

    private void stop(Context ctx) {
        ctx.json(plugins.stop(id(ctx)));
    }

    private void reload(Context ctx) {
        ctx.json(plugins.reload(id(ctx)));
    }

    private void unload(Context ctx) {
        plugins.unload(id(ctx));
        ctx.status(204);
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("plugin");
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw ApiException.notFound("plugin", id.length() > 64 ? id.substring(0, 64) + "..." : id);
        }
        return id;
    }
}
