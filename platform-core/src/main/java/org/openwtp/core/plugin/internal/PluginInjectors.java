package org.openwtp.core.plugin.internal;

import com.google.inject.Binder;
import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Scopes;
import com.google.inject.Stage;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.HasDependencies;
import com.google.inject.spi.InjectionPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openwtp.sdk.PluginEnvironment;

/**
 * Creates a plugin's extensions through one Guice injector per plugin, with explicit bindings only:
 * each extension class (as a singleton) and the plugin's {@link PluginEnvironment}. An extension may inject
 * {@code PluginEnvironment} and nothing else; anything more is refused before any extension is instantiated
 * (checked on the dependencies Guice resolved, in {@link Stage#DEVELOPMENT} so that nothing is created
 * eagerly; the injector is built once and its bindings are all used at once, so PRODUCTION bought nothing). The
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
     * Creates (with the plugin's loader as context class loader) the extensions of a plugin. What each extension
     * injects is checked on the dependencies Guice resolved for it, before any is instantiated.
     *
     * @param environment the plugin's environment
     * @param classes     its extension classes
     * @param loader      its class loader
     * @return the extension objects, in the order of {@code classes}
     * @throws IllegalStateException if an extension injects more than the environment, or Guice cannot create it
     */
    List<Object> create(PluginEnvironment environment, List<Class<?>> classes, ClassLoader loader) {
        try (ContextClassLoader ignored = ContextClassLoader.use(loader)) {
            // DEVELOPMENT: nothing is instantiated before the dependencies Guice found are checked below
            Injector injector = Guice.createInjector(Stage.DEVELOPMENT, new PluginModule(environment, classes));
            for (Class<?> type : classes) {
                checkInjectsOnlyEnvironment(type, injector.getBinding(type));
            }
            injectors.put(environment.pluginId(), injector);
            List<Object> instances = new ArrayList<>(classes.size());
            for (Class<?> type : classes) {
                instances.add(injector.getInstance(type));
            }
            return instances;
        } catch (com.google.inject.CreationException e) {
            // an unbound dependency (requireExplicitBindings): name it as the check would
            classes.forEach(PluginInjectors::checkInjectsOnlyEnvironment);
            throw cannotCreate(environment, e);
        } catch (com.google.inject.ProvisionException | com.google.inject.ConfigurationException e) {
            injectors.remove(environment.pluginId());
            throw cannotCreate(environment, e);
        } catch (RuntimeException | LinkageError e) {
            injectors.remove(environment.pluginId());
            throw e;
        }
    }

    private static IllegalStateException cannotCreate(PluginEnvironment environment, RuntimeException e) {
        return new IllegalStateException("cannot create the extensions of plugin '" + environment.pluginId() + "': "
                + e.getMessage(), e);
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

    /** Checks the dependencies Guice resolved for an extension's binding (constructor and members). */
    private static void checkInjectsOnlyEnvironment(Class<?> type, Binding<?> binding) {
        if (!(binding instanceof HasDependencies resolved)) {
            throw new IllegalStateException("extension " + type.getName() + " is not bound by its constructor");
        }
        for (Dependency<?> dependency : resolved.getDependencies()) {
            if (!dependency.getKey().equals(ENVIRONMENT)) {
                throw onlyEnvironment(type, dependency, dependency.getInjectionPoint());
            }
        }
    }

    /** The same check by reflection, for a class Guice refused, so the message names what it asked for. */
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
                    throw onlyEnvironment(type, dependency, point);
                }
            }
        }
    }

    private static IllegalStateException onlyEnvironment(Class<?> type, Dependency<?> dependency, InjectionPoint point) {
        return new IllegalStateException("extension " + type.getName() + " may @Inject only "
                + PluginEnvironment.class.getName() + ", but asks for " + dependency.getKey().getTypeLiteral()
                + (point == null ? "" : " at " + point.getMember()));
    }

    /**
     * The explicit bindings of one plugin. Bindings carry the plugin as their source, which also spares Guice
     * a stack walk per binding to find the caller.
     */
    private static final class PluginModule implements Module {
        private final PluginEnvironment environment;
        private final List<Class<?>> classes;

        PluginModule(PluginEnvironment environment, List<Class<?>> classes) {
            this.environment = environment;
            this.classes = List.copyOf(classes);
        }

        @Override
        public void configure(Binder binder) {
            Binder plugin = binder.withSource("plugin '" + environment.pluginId() + "'");
            plugin.requireExplicitBindings();
            plugin.bind(PluginEnvironment.class).toInstance(environment);
            for (Class<?> type : classes) {
                plugin.bind(type).in(Scopes.SINGLETON);
            }
        }
    }
}
