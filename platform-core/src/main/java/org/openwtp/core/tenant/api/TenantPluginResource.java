package org.openwtp.core.tenant.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.core.plugin.PluginConfigSchemas;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.plugin.PluginStatus;
import org.openwtp.core.tenant.PluginSettings;
import org.openwtp.core.tenant.TenantException;
import org.openwtp.core.tenant.TenantPluginService;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.TenantId;

/**
 * A tenant admin's plugins under {@code /v1/plugins}: the plugins this server offers with the fields each
 * declares, and the tenant's settings of them (secret values always read as {@value PluginSettings#MASK});
 * enable and configure with {@code PUT}, disable with {@code DELETE}. Thread-safe.
 */
final class TenantPluginResource implements ApiResource {

    private static final int MAX_VALUE = 4000;

    private final TenantPluginService settings;
    private final PluginRuntime runtime;
    private final PluginConfigSchemas schemas;

    @Inject
    TenantPluginResource(TenantPluginService settings, PluginRuntime runtime, PluginConfigSchemas schemas) {
        this.settings = settings;
        this.runtime = runtime;
        this.schemas = schemas;
    }

    /**
     * A configuration field a plugin declares.
     *
     * @param name          the field
     * @param type          STRING, TEXT, INTEGER, DECIMAL, BOOLEAN, CHOICE or SECRET
     * @param required      whether a value must be given
     * @param secret        whether the value is encrypted at rest and never shown again
     * @param defaultValue  the value used when none is given
     * @param description   what it means
     * @param allowedValues for CHOICE, the accepted values
     */
    public record FieldView(String name, String type, boolean required, boolean secret, Optional<String> defaultValue,
                            String description, List<String> allowedValues) {
    }

    /**
     * A plugin as a tenant admin sees it.
     *
     * @param id              the plugin id
     * @param version         its version, {@code unknown} when not loaded on this server
     * @param state           STARTED, STOPPED, FAILED, LOADED, or NOT_LOADED
     * @param extensionPoints what it provides, e.g. Carrier
     * @param fields          the configuration fields it declares (empty unless started)
     * @param configured      whether the tenant has settings for it
     * @param enabled         whether the tenant uses it
     * @param config          the tenant's values, secrets masked
     * @param updatedAt       when the tenant's settings last changed
     */
    public record TenantPluginView(String id, String version, String state, List<String> extensionPoints,
                                   List<FieldView> fields, boolean configured, boolean enabled, Map<String, String> config,
                                   Optional<Instant> updatedAt) {
    }

    /** Every plugin. @param items the plugins, by id */
    public record TenantPluginList(List<TenantPluginView> items) {
    }

    /**
     * Enables or configures a plugin for the tenant.
     *
     * @param enabled whether the tenant uses it (default true)
     * @param config  field values: strings, numbers or booleans; a secret sent as {@value PluginSettings#MASK}
     *                or left out keeps its stored value, an empty string clears it
     */
    public record PluginSettingsRequest(Boolean enabled, Map<String, JsonNode> config) {
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/v1/plugins", this::list).roles(Role.TENANT_ADMIN)
                .summary("List the plugins this server offers, their configuration fields and the tenant's settings (secrets masked)")
                .response(200, TenantPluginList.class);
        routes.get("/v1/plugins/{plugin}", this::show).roles(Role.TENANT_ADMIN)
                .summary("Show one plugin with the tenant's settings (secrets masked)").response(200, TenantPluginView.class);
        routes.put("/v1/plugins/{plugin}", this::put).roles(Role.TENANT_ADMIN)
                .summary("Enable (or disable) and configure a plugin for the tenant; every configuration problem is listed")
                .request(PluginSettingsRequest.class).response(200, TenantPluginView.class).response(422, Void.class);
        routes.delete("/v1/plugins/{plugin}", this::disable).roles(Role.TENANT_ADMIN)
                .summary("Disable a plugin for the tenant, keeping its settings; other tenants are not affected")
                .response(200, TenantPluginView.class);
    }

    private void list(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        Map<String, PluginSettings> mine = new TreeMap<>();
        TenantErrors.call(() -> settings.list(tenant)).forEach(s -> mine.put(s.pluginId(), s));
        Map<String, TenantPluginView> views = new TreeMap<>();
        for (PluginInfo info : runtime.plugins()) {
            if (info.status() == PluginStatus.STARTED || mine.containsKey(info.pluginId())) {
                views.put(info.pluginId(), view(info.pluginId(), Optional.of(info), Optional.ofNullable(mine.get(info.pluginId()))));
            }
        }
        mine.forEach((id, s) -> views.computeIfAbsent(id, k -> view(id, Optional.empty(), Optional.of(s))));
        ctx.json(new TenantPluginList(List.copyOf(views.values())));
    }

    private void show(Context ctx) {
        ctx.json(current(Requests.tenant(ctx), pluginId(ctx)));
    }

    private void put(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        String id = pluginId(ctx);
        PluginSettingsRequest body = JsonBodies.read(ctx, PluginSettingsRequest.class);
        Map<String, String> values = values(body.config());
        boolean enable = body.enabled() == null || body.enabled();
        try {
            if (enable) {
                settings.enable(tenant, id, values);
            } else if (isConfigured(tenant, id)) {
                settings.configure(tenant, id, values);
                settings.disable(tenant, id);
            } else {
                settings.enable(tenant, id, values);
                settings.disable(tenant, id);
            }
        } catch (TenantException e) {
            throw TenantErrors.toApi(e, "config.");
        }
        ctx.json(current(tenant, id));
    }

    private void disable(Context ctx) {
        TenantId tenant = Requests.tenant(ctx);
        String id = pluginId(ctx);
        TenantErrors.call(() -> settings.disable(tenant, id));
        ctx.json(current(tenant, id));
    }

    private boolean isConfigured(TenantId tenant, String id) {
        return TenantErrors.call(() -> settings.list(tenant)).stream().anyMatch(s -> s.pluginId().equals(id));
    }

    private TenantPluginView current(TenantId tenant, String id) {
        Optional<PluginSettings> mine = TenantErrors.call(() -> settings.list(tenant)).stream()
                .filter(s -> s.pluginId().equals(id)).findFirst();
        Optional<PluginInfo> info = runtime.plugin(id);
        if (mine.isEmpty() && info.filter(i -> i.status() == PluginStatus.STARTED).isEmpty()) {
            throw ApiException.notFound("plugin", id);
        }
        return view(id, info, mine);
    }

    private TenantPluginView view(String id, Optional<PluginInfo> info, Optional<PluginSettings> mine) {
        List<FieldView> fields = info.filter(i -> i.status() == PluginStatus.STARTED)
                .flatMap(i -> schemas.declaredFields(id)).orElse(List.of()).stream()
                .sorted(Comparator.comparing(ConfigField::name))
                .map(f -> new FieldView(f.name(), f.type().name(), f.required(), f.isSecret(), f.defaultValue(), f.description(),
                        f.allowedValues()))
                .toList();
        return new TenantPluginView(id, info.map(PluginInfo::version).orElse("unknown"),
                info.map(i -> i.status().name()).orElse("NOT_LOADED"), info.map(PluginInfo::extensionPoints).orElse(List.of()),
                fields, mine.isPresent(), mine.map(PluginSettings::enabled).orElse(false),
                mine.map(s -> (Map<String, String>) new TreeMap<>(s.values())).orElse(Map.of()),
                mine.map(PluginSettings::updatedAt));
    }

    private static Map<String, String> values(Map<String, JsonNode> config) {
        Map<String, String> values = new LinkedHashMap<>();
        if (config == null) {
            return values;
        }
        List<FieldError> errors = new ArrayList<>();
        config.forEach((name, node) -> {
            String field = "config." + (name.length() > 64 ? name.substring(0, 64) + "..." : name);
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isTextual()) {
                if (node.textValue().length() > MAX_VALUE) {
                    errors.add(new FieldError(field, "too_long", "values are at most " + MAX_VALUE + " characters"));
                } else {
                    values.put(name, node.textValue());
                }
            } else if (node.isNumber() || node.isBoolean()) {
                values.put(name, node.asText());
            } else {
                errors.add(new FieldError(field, "wrong_type", "a configuration value must be a string, a number or true/false"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return values;
    }

    private static String pluginId(Context ctx) {
        String id = ctx.pathParam("plugin");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw ApiException.notFound("plugin", id.length() > 64 ? id.substring(0, 64) + "..." : id);
        }
        return id;
    }
}
