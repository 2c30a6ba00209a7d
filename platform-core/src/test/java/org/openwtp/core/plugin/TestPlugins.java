package org.openwtp.core.plugin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.openwtp.sdk.events.OrderEvent;

/**
 * Ready-made test plugins. Each has one {@code OrderEventListener} extension, the "probe", whose
 * {@code eventTypes()} reports facts seen from inside the plugin (id, version, whether the context class
 * loader is the plugin's, the bundled library's version, whether core internals are visible) and whose
 * {@code onOrderEvent} writes what it saw into the store, throws on type {@code boom}, and parks until
 * interrupted on type {@code hang}.
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** The simplest good plugin. */
    public static TestPluginJars probe(String id) {
        return probe(id, "\"none\"");
    }

    /**
     * A probe reporting an extra expression as {@code lib:<value>}.
     *
     * @param id            the plugin id
     * @param libExpression Java expression of type String
     */
    public static TestPluginJars probe(String id, String libExpression) {
        String pkg = packageOf(id);
        return TestPluginJars.plugin(id).extension(pkg + ".Probe", """
                package %1$s;

                import jakarta.inject.Inject;
                import java.util.List;
                import java.util.Set;
                import org.openwtp.sdk.PluginEnvironment;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.config.ConfigFieldType;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.events.OrderEvent;
                import org.openwtp.sdk.events.OrderEventListener;
                import org.pf4j.Extension;

                @Extension
                public class Probe implements OrderEventListener {
                    private final PluginEnvironment env;

                    @Inject
                    public Probe(PluginEnvironment env) {
                        this.env = env;
                    }

                    @Override
                    public List<ConfigField> configFields() {
                        return List.of(ConfigField.withDefault("greeting", ConfigFieldType.STRING, "hello", "What to say"));
                    }

                    @Override
                    public Set<String> eventTypes() {
                        return Set.of("plugin:" + env.pluginId(), "version:" + env.pluginVersion(),
                                "tccl:" + (Thread.currentThread().getContextClassLoader() == Probe.class.getClassLoader()),
                                "lib:" + %2$s, "core-visible:" + coreVisible(), "sdk:" + env.sdkVersion());
                    }

                    private static boolean coreVisible() {
                        try {
                            Class.forName("org.openwtp.core.plugin.PluginRuntime", false, Probe.class.getClassLoader());
                            return true;
                        } catch (ClassNotFoundException e) {
                            return false;
                        }
                    }

                    @Override
                    public void onOrderEvent(OrderEvent event, PluginContext context) {
                        switch (event.type()) {
                            case "boom" -> throw new IllegalStateException("boom from " + env.pluginId());
                            case "hang" -> {
                                while (!Thread.currentThread().isInterrupted()) {
                                    java.util.concurrent.locks.LockSupport.park(this);
                                }
                                context.store().put("interrupted", "yes");
                            }
                            default -> context.store().put("seen", context.tenantId() + ":"
                                    + context.config().string("greeting") + ":" + event.eventId() + ":" + env.pluginId());
                        }
                    }
                }
                """.formatted(pkg, libExpression));
    }

    /** A probe bundling its own {@code lib.Greeter} class that reports {@code version}. */
    public static TestPluginJars probeWithLibrary(String id, String libraryVersion) {
        return probe(id, "lib.Greeter.version()").source("lib.Greeter", """
                package lib;

                public final class Greeter {
                    public static String version() {
                        return "%s";
                    }
                }
                """.formatted(libraryVersion));
    }

    /** A probe whose Plugin class throws from start(). */
    public static TestPluginJars failingOnStart(String id) {
        String pkg = packageOf(id);
        return probe(id).pluginClass(pkg + ".FailingPlugin").source(pkg + ".FailingPlugin", """
                package %s;

                public class FailingPlugin extends org.pf4j.Plugin {
                    @Override
                    public void start() {
                        throw new IllegalStateException("cannot reach the national registry");
                    }
                }
                """.formatted(pkg));
    }

    /** Writes a probe jar. */
    public static Path probeJar(Path dir, String id) {
        return probe(id).writeTo(dir);
    }

    /** An order event of a type. */
    public static OrderEvent event(String type, String eventId) {
        return new OrderEvent(eventId, type, "order-1", Instant.parse("2025-01-01T00:00:00Z"), Map.of());
    }

    static String packageOf(String id) {
        return "p_" + id.replaceAll("[^A-Za-z0-9]", "_");
    }
}
