package org.openwtp.core.testing;

import java.nio.file.Path;
import org.openwtp.core.plugin.TestPluginJars;

/** Plugin jars for the wired-server tests, built from source into a folder. */
public final class WiredPlugins {

    /** The id of the plugin with required, secret, integer and choice fields. */
    public static final String CONFIGURABLE = "configurable-carrier";

    private WiredPlugins() {
    }

    /**
     * A plugin whose one extension declares {@code accountNumber} (required), {@code apiSecret} (secret,
     * required), {@code retries} (integer, default 3) and {@code mode} (sandbox or live).
     *
     * @param dir     where to write the jar
     * @param version its version
     * @return the jar
     */
    public static Path configurable(Path dir, String version) {
        return TestPluginJars.plugin(CONFIGURABLE).version(version).extension("p_configurable.Listener", """
                package p_configurable;

                import java.util.List;
                import java.util.Set;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.config.ConfigFieldType;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.events.OrderEvent;
                import org.openwtp.sdk.events.OrderEventListener;
                import org.pf4j.Extension;

                @Extension
                public class Listener implements OrderEventListener {
                    @Override
                    public List<ConfigField> configFields() {
                        return List.of(
                                ConfigField.required("accountNumber", ConfigFieldType.STRING, "the carrier account"),
                                ConfigField.required("apiSecret", ConfigFieldType.SECRET, "the carrier API secret"),
                                ConfigField.withDefault("retries", ConfigFieldType.INTEGER, "3", "how often to retry"),
                                ConfigField.choice("mode", "sandbox", "which carrier endpoint", "sandbox", "live"));
                    }

                    @Override
                    public Set<String> eventTypes() {
                        return Set.of("order.paid");
                    }

                    @Override
                    public void onOrderEvent(OrderEvent event, PluginContext context) {
                    }
                }
                """).writeTo(dir);
    }
}
