package org.openwtp.core.plugin.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openwtp.sdk.SdkVersion;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * PF4J configured for OpenWTP: jar plugins only (never unpacked), the manifest as the only descriptor,
 * {@link SdkVersion#CURRENT} as system version with a mandatory {@code Plugin-Requires}, the OpenWTP
 * class loading rules, and no global enabled/disabled files (tenants enable plugins in the core's
 * database). Extensions are created by {@link PluginInjectors}, not by PF4J. A plugin's own {@code Plugin-Class} is
 * called with the call deadline ({@link DeadlinedPluginFactory}).
 *
 * <p>Not thread-safe, like every PF4J manager: {@link DefaultPluginRuntime} calls it under one lock.
 */
final class OpenWtpPluginManager extends DefaultPluginManager {

    private final SdkCompatibility compatibility;
    private final PluginJarReader jarReader = new PluginJarReader();
    /** Descriptors already read from jars about to be loaded, so PF4J does not open and parse them again. */
    private final Map<Path, PluginDescriptor> inspected = new HashMap<>();

    /**
     * A manager whose plugins root is the work directory holding the copied jars.
     *
     * @param workDirectory where loaded jars live
     * @param callTimeout   the deadline of each call into a plugin's own {@code Plugin-Class}
     */
    OpenWtpPluginManager(Path workDirectory, Duration callTimeout) {
        super(workDirectory);
        // PF4J's constructor asks createPluginFactory() before this constructor's arguments can be kept
        this.pluginFactory = new DeadlinedPluginFactory(callTimeout);
        setSystemVersion(SdkVersion.CURRENT);
        // a plugin whose dependency is missing is unloaded by PF4J, and the others resolve
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
        this.compatibility = new SdkCompatibility(getVersionManager());
    }

    SdkCompatibility compatibility() {
        return compatibility;
    }

    PluginJarReader jarReader() {
        return jarReader;
    }

    /**
     * Loads one inspected jar without resolving (see {@link #resolve()}), reusing the descriptor the
     * inspection read from that very file.
     */
    PluginWrapper loadWithoutResolving(JarInspection inspection) {
        inspected.put(inspection.copy(), inspection.descriptor());
        try {
            return loadPluginFromPath(inspection.copy());
        } finally {
            inspected.remove(inspection.copy());
        }
    }

    /** Resolves dependencies of every loaded plugin. */
    void resolve() {
        resolvePlugins();
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        return compatibility == null || compatibility.problem(plugin.getDescriptor()).isEmpty();
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        ManifestPluginDescriptorFinder manifest = new ManifestPluginDescriptorFinder();
        return new PluginDescriptorFinder() {
            @Override
            public boolean isApplicable(Path pluginPath) {
                return manifest.isApplicable(pluginPath);
            }

            @Override
            public PluginDescriptor find(Path pluginPath) {
                PluginDescriptor known = inspected.get(pluginPath);
                return known != null ? known : manifest.find(pluginPath);
            }
        };
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new JarPluginRepository(getPluginsRoots());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new OpenWtpJarLoader(this, new SharedApiClassLoader(OpenWtpPluginManager.class.getClassLoader()));
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new AlwaysEnabled();
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ExtensionFactory() {
            @Override
            public <T> T create(Class<T> extensionClass) {
                throw new PluginRuntimeException("OpenWTP creates extensions through PluginExtensions; "
                        + "PluginManager.getExtensions is not supported (asked for {})", extensionClass.getName());
            }
        };
    }

    /** Loads jar plugins with the OpenWTP class loader. */
    private static final class OpenWtpJarLoader extends JarPluginLoader {
        private final SharedApiClassLoader parent;

        OpenWtpJarLoader(OpenWtpPluginManager manager, SharedApiClassLoader parent) {
            super(manager);
            this.parent = parent;
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new OpenWtpPluginClassLoader(pluginManager, descriptor, parent);
        }
    }

    /** Enablement lives per tenant in the core, so PF4J sees every plugin as enabled. */
    private static final class AlwaysEnabled implements PluginStatusProvider {
        @Override
        public boolean isPluginDisabled(String pluginId) {
            return false;
        }

        @Override
        public void disablePlugin(String pluginId) {
            throw new UnsupportedOperationException("plugins are enabled per tenant, not globally");
        }

        @Override
        public void enablePlugin(String pluginId) {
            // every plugin is enabled for PF4J
        }
    }
}
