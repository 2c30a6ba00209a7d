package org.openwtp.core.plugin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openwtp.sdk.SdkVersion;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.pf4j.Extension;
import org.pf4j.PluginWrapper;

/**
 * Turns a plugin PF4J has started into an {@link ActivePlugin}: loads the extension classes its index
 * lists, creates them through its injector and collects the configuration fields they declare. Any
 * problem fails the activation with a reason an operator can act on. Thread-safe.
 */
final class PluginActivator {

    private final PluginInjectors injectors;

    PluginActivator(PluginInjectors injectors) {
        this.injectors = injectors;
    }

    /**
     * Activates a plugin, turning a failure into its reason. Plugins may be activated at the same time on several
     * threads: this touches neither PF4J's manager nor another plugin.
     *
     * @param plugin              a plugin PF4J has started
     * @param extensionClassNames the classes its extension index lists
     * @return the active plugin, or why it cannot be activated
     */
    Activation attempt(PluginWrapper plugin, List<String> extensionClassNames) {
        try {
            return new Activation(activate(plugin, extensionClassNames), null);
        } catch (RuntimeException | LinkageError e) {
            return new Activation(null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * The outcome of {@link #attempt}: exactly one of the two is set.
     *
     * @param plugin  the active plugin
     * @param failure why it could not be activated
     */
    record Activation(ActivePlugin plugin, String failure) {
    }

    private ActivePlugin activate(PluginWrapper plugin, List<String> extensionClassNames) {
        String id = plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        List<Class<?>> classes = loadClasses(id, loader, extensionClassNames);
        List<Object> instances = injectors.create(
                new PluginEnvironmentImpl(id, plugin.getDescriptor().getVersion(), SdkVersion.CURRENT), classes, loader);
        List<ExtensionInstance> extensions = instances.stream().map(ExtensionInstance::of).toList();
        try (ContextClassLoader ignored = ContextClassLoader.use(loader)) {
            return new ActivePlugin(id, plugin.getDescriptor().getVersion(), loader, extensions, configFields(id, instances));
        } catch (RuntimeException | LinkageError e) {
            injectors.drop(id);
            throw e;
        }
    }

    private static List<Class<?>> loadClasses(String id, ClassLoader loader, List<String> names) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.stream().sorted().toList()) {
            try {
                classes.add(loader.loadClass(name));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("plugin '" + id + "' lists extension " + name
                        + " in META-INF/extensions.idx but it cannot be loaded: " + e, e);
            }
        }
        classes.sort(Comparator.comparingInt(PluginActivator::ordinal));
        return classes;
    }

    private static int ordinal(Class<?> type) {
        Extension extension = type.getAnnotation(Extension.class);
        return extension == null ? 0 : extension.ordinal();
    }

    private static List<ConfigField> configFields(String id, List<Object> instances) {
        Map<String, ConfigField> fields = new LinkedHashMap<>();
        for (Object instance : instances) {
            if (!(instance instanceof ConfigurableExtension configurable)) {
                continue;
            }
            for (ConfigField field : configurable.configFields()) {
                ConfigField earlier = fields.putIfAbsent(field.name(), field);
                if (earlier != null && earlier.type() != field.type()) {
                    throw new IllegalStateException("plugin '" + id + "' declares configuration field '" + field.name()
                            + "' twice with different types (" + earlier.type() + " and " + field.type() + ")");
                }
            }
        }
        return List.copyOf(fields.values());
    }
}
