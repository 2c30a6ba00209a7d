package org.openwtp.core.plugin.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Scopes;
import com.google.inject.Stage;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.InjectionPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openwtp.sdk.PluginEnvironment;

/**
 * Creates a plugin's extensions through one Guice injector per plugin, with explicit bindings only:
 * each extension class (as a singleton) and the plugin's {@link PluginEnvironment}. An extension may inject
 * {@code PluginEnvironment} and nothing else; anything more is refused before Guice sees the class. The
 * injector is cached per plugin and dropped when the plugin stops, so no plugin class stays reachable from
 * the core.
 *
 * <p>The plugin's injector has no long-lived parent on purpose: a child of a shared injector leaves the
 * child's keys (and so the plugin's classes) in the parent's just-in-time blacklist, and the unload test
 * ({@code LifecycleTest#anUnloadedPluginsClassLoaderIsCollected}) then sees the class loader survive.
 * Core services meant for plugins are bound into {@link PluginModule} instead. Thread-safe.
 */
final class PluginInjectors {

    private static final Key<PluginEnvironment> ENVIRONMENT = Key.get(PluginEnvironment.class);

    private final Map<String, Injector> injectors = new ConcurrentHashMap<>();

    /**
     * Creates (eagerly, with the plugin's loader as context class loader) the extensions of a plugin.
     *
     * @param environment the plugin's environment
     * @param classes     its extension classes
     * @param loader      its class loader
     * @return the extension objects, in the order of {@code classes}
     * @throws IllegalStateException if an extension injects more than the environment, or Guice cannot create it
     */
    List<Object> create(PluginEnvironment environment, List<Class<?>> classes, ClassLoader loader) {
        classes.forEach(PluginInjectors::checkInjectsOnlyEnvironment);
        try (ContextClassLoader ignored = ContextClassLoader.use(loader)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new PluginModule(environment, classes));
            injectors.put(environment.pluginId(), injector);
            List<Object> instances = new ArrayList<>(classes.size());
            for (Class<?> type : classes) {
                instances.add(injector.getInstance(type));
            }
            return instances;
        } catch (com.google.inject.CreationException | com.google.inject.ProvisionException e) {
            injectors.remove(environment.pluginId());
            throw new IllegalStateException("cannot create the extensions of plugin '" + environment.pluginId() + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Forgets a plugin's injector.
     *
     * @param pluginId the plugin
     */
    void drop(String pluginId) {
        injectors.remove(pluginId);
    }

    /** @return whether a plugin's injector is cached */
    boolean has(String pluginId) {
        return injectors.containsKey(pluginId);
    }

    private static void checkInjectsOnlyEnvironment(Class<?> type) {
        List<InjectionPoint> points = new ArrayList<>();
        try {
            points.add(InjectionPoint.forConstructorOf(type));
            points.addAll(InjectionPoint.forInstanceMethodsAndFields(type));
        } catch (com.google.inject.ConfigurationException e) {
            throw new IllegalStateException("extension " + type.getName() + " needs a public no-argument constructor or one "
                    + "annotated @Inject: " + e.getMessage(), e);
        }
        for (InjectionPoint point : points) {
            for (Dependency<?> dependency : point.getDependencies()) {
                if (!dependency.getKey().equals(ENVIRONMENT)) {
                    throw new IllegalStateException("extension " + type.getName() + " may @Inject only "
                            + PluginEnvironment.class.getName() + ", but asks for " + dependency.getKey().getTypeLiteral()
                            + " at " + point.getMember());
                }
            }
        }
    }

    /** The explicit bindings of one plugin. */
    private static final class PluginModule extends AbstractModule {
        private final PluginEnvironment environment;
        private final List<Class<?>> classes;

        PluginModule(PluginEnvironment environment, List<Class<?>> classes) {
            this.environment = environment;
            this.classes = List.copyOf(classes);
        }

        @Override
        protected void configure() {
            binder().requireExplicitBindings();
            bind(PluginEnvironment.class).toInstance(environment);
            for (Class<?> type : classes) {
                bind(type).in(Scopes.SINGLETON);
            }
        }
    }
}
