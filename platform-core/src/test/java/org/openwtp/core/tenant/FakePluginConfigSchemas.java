package org.openwtp.core.tenant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openwtp.core.plugin.PluginConfigSchemas;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;

/** Plugins as the runtime would declare them, without loading any. Thread-safe. */
final class FakePluginConfigSchemas implements PluginConfigSchemas {

    /** A card payment plugin: a secret API key, a mode choice, a capture delay with a default. */
    static final String PAYMENT = "payment-card-sandbox";
    /** A carrier plugin with a required account number and a secret password. */
    static final String CARRIER = "carrier-post";

    private final Map<String, List<ConfigField>> fields = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, Function<PluginConfig, List<ConfigProblem>>> semantic = new HashMap<>();

    FakePluginConfigSchemas() {
        fields.put(PAYMENT, List.of(
                ConfigField.required("apiKey", ConfigFieldType.SECRET, "the provider API key"),
                ConfigField.choice("mode", "test", "test or live", "test", "live"),
                ConfigField.withDefault("captureDelayHours", ConfigFieldType.INTEGER, "0", "hours before auto capture"),
                ConfigField.optional("webhookSecret", ConfigFieldType.SECRET, "webhook signing secret")));
        semantic.put(PAYMENT, config -> config.integer("captureDelayHours") > 72
                ? List.of(ConfigProblem.invalid("captureDelayHours", "captureDelayHours must be at most 72"))
                : List.of());
        fields.put(CARRIER, List.of(
                ConfigField.required("accountNumber", ConfigFieldType.STRING, "the customer account number"),
                ConfigField.required("password", ConfigFieldType.SECRET, "the API password")));
    }

    @Override
    public Optional<List<ConfigField>> declaredFields(String pluginId) {
        return Optional.ofNullable(fields.get(pluginId));
    }

    /** As when a plugin is reloaded with other declarations: the new fields, and a new {@link #version()}. */
    void redeclare(String pluginId, List<ConfigField> declared) {
        fields.put(pluginId, List.copyOf(declared));
        version.incrementAndGet();
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public List<ConfigProblem> semanticProblems(String pluginId, PluginConfig config) {
        return semantic.getOrDefault(pluginId, c -> List.of()).apply(config);
    }
}
