package org.openwtp.core.plugin.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.plugin.PluginRuntimeConfig;
import org.openwtp.core.plugin.PluginStatus;
import org.pf4j.PluginDependency;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin life cycle over {@link OpenWtpPluginManager}. Every operation takes one lock, because PF4J's
 * manager is not thread-safe; lookups never take it (they read {@link PluginRegistry} snapshots). A jar
 * that cannot be read, is incompatible, lacks a dependency, or whose plugin fails to start or to create its
 * extensions is recorded as FAILED with the reason; the others go on. Thread-safe.
 */
public final class DefaultPluginRuntime implements PluginRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPluginRuntime.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final PluginRuntimeConfig config;
    private final PluginRegistry registry;
    private final PluginCallGuard guard;
    private final WorkDirectory work;
    private final OpenWtpPluginManager manager;
    private final PluginInjectors injectors = new PluginInjectors();
    private final PluginActivator activator = new PluginActivator(injectors);
    /** Guarded by lock: the original jar and the work copy of each plugin PF4J holds. */
    private final Map<String, Path> sources = new HashMap<>();
    private final Map<String, Path> copies = new HashMap<>();
    /** Guarded by lock: the extension classes each plugin PF4J holds lists in its own index. */
    private final Map<String, List<String>> indexes = new HashMap<>();
    /** Guarded by lock: why a plugin PF4J holds is not running, when PF4J does not know. */
    private final Map<String, String> failures = new HashMap<>();
    /** Guarded by lock: extension points a plugin offered when it last started. */
    private final Map<String, List<String>> points = new HashMap<>();
    /** Guarded by lock: jars refused before loading, by plugin id or file name. */
    private final Map<String, PluginInfo> refused = new LinkedHashMap<>();

    /**
     * Creates the runtime; nothing is loaded until {@link #startAll()} or {@link #load(Path)}.
     *
     * @param config   settings
     * @param registry where started plugins are published
     * @param guard    the call guard, shut down with the runtime
     */
    @Inject
    public DefaultPluginRuntime(PluginRuntimeConfig config, PluginRegistry registry, PluginCallGuard guard) {
        this.config = config;
        this.registry = registry;
        this.guard = guard;
        this.work = config.workDirectory().map(WorkDirectory::at).orElseGet(WorkDirectory::temporary);
        this.manager = new OpenWtpPluginManager(work.root(), config.defaultCallTimeout());
    }

    @Override
    public List<PluginInfo> startAll() {
        Path dir = config.pluginsDirectory().toAbsolutePath();
        return locked(() -> {
            if (!Files.isDirectory(dir)) {
                LOG.warn("plugins directory {} does not exist; no plugins loaded", dir);
                return registry.infos();
            }
            loadBatch(jarsIn(dir));
            return registry.infos();
        });
    }

    @Override
    public PluginInfo load(Path jar) {
        return locked(() -> info(loadBatch(List.of(jar)).get(0)).orElseThrow());
    }

    @Override
    public PluginInfo start(String pluginId) {
        return locked(() -> {
            requireLoaded(pluginId);
            startWithDependencies(pluginId);
            return info(pluginId).orElseThrow();
        });
    }

    @Override
    public PluginInfo stop(String pluginId) {
        return locked(() -> {
            requireLoaded(pluginId);
            dependentsOf(pluginId).forEach(this::stopOne);
            stopOne(pluginId);
            publish();
            return info(pluginId).orElseThrow();
        });
    }

    @Override
    public PluginInfo reload(String pluginId, Path jar) {
        return locked(() -> {
            requireLoaded(pluginId);
            JarInspection inspection = JarInspection.of(jar, jar, manager.jarReader(), manager.compatibility());
            if (inspection.problem().isPresent()) {
                throw new IllegalArgumentException("cannot reload '" + pluginId + "' from " + jar + ": " + inspection.problem().get());
            }
            if (!inspection.pluginId().equals(pluginId)) {
                throw new IllegalArgumentException("cannot reload '" + pluginId + "' from " + jar + ": it is plugin '"
                        + inspection.pluginId() + "'");
            }
            List<Path> again = new ArrayList<>(List.of(jar));
            dependentsOf(pluginId).forEach(dependent -> again.add(sources.get(dependent)));
            unloadLoaded(pluginId);
            loadBatch(again);
            return info(pluginId).orElseThrow();
        });
    }

    @Override
    public List<String> unload(String pluginId) {
        return locked(() -> {
            if (refused.remove(pluginId) != null) {
                return List.of(pluginId);
            }
            requireLoaded(pluginId);
            return unloadLoaded(pluginId);
        });
    }

    @Override
    public List<PluginInfo> plugins() {
        return registry.infos();
    }

    @Override
    public Optional<PluginInfo> plugin(String pluginId) {
        return registry.infos().stream().filter(p -> p.pluginId().equals(pluginId)).findFirst();
    }

    @Override
    public void close() {
        locked(() -> {
            List<String> ids = new ArrayList<>(manager.getResolvedPlugins().stream().map(PluginWrapper::getPluginId).toList());
            java.util.Collections.reverse(ids);
            ids.forEach(this::stopOne);
            for (String id : manager.getPlugins().stream().map(PluginWrapper::getPluginId).toList()) {
                unloadOne(id);
            }
            refused.clear();
            return null;
        });
        guard.close();
        work.close();
    }

    // ---- loading

    /** Loads and starts jars; returns each jar's plugin key, in order. Call under the lock. */
    private List<String> loadBatch(List<Path> jars) {
        Map<String, JarInspection> accepted = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Path jar : jars) {
            // not in parallel: a millisecond of work for seven jars, and a helper thread made it slower (measured)
            JarInspection inspection = inspectCopy(jar);
            String id = inspection.pluginId();
            keys.add(id);
            if (inspection.problem().isPresent()) {
                refuse(id, inspection, inspection.problem().get());
            } else if (manager.getPlugin(id) != null || accepted.containsKey(id)) {
                String other = manager.getPlugin(id) != null ? String.valueOf(sources.get(id)) : accepted.get(id).source().toString();
                refuse(id + "@" + jar.getFileName(), inspection, "plugin '" + id + "' is already loaded from " + other);
                keys.set(keys.size() - 1, id + "@" + jar.getFileName());
            } else {
                accepted.put(id, inspection);
            }
        }
        dropMissingDependencies(accepted);
        List<String> loaded = new ArrayList<>();
        for (JarInspection inspection : accepted.values()) {
            loadOne(inspection).ifPresent(loaded::add);
        }
        try {
            manager.resolve();
        } catch (RuntimeException e) {
            loaded.forEach(id -> fail(id, "dependencies cannot be resolved: " + JarInspection.rootMessage(e)));
            publish();
            return keys;
        }
        for (String id : List.copyOf(loaded)) {
            if (manager.getPlugin(id) == null) {
                loaded.remove(id);
                forgetCopy(id);
                refuse(id, accepted.get(id), dependencyProblem(accepted.get(id), Map.of())
                        .orElse("plugin '" + id + "' has dependencies PF4J cannot resolve"));
            }
        }
        startInWaves(manager.getResolvedPlugins().stream().map(PluginWrapper::getPluginId).filter(loaded::contains).toList());
        publish();
        return keys;
    }

    /**
     * Copies a jar to the work directory and reads its descriptor and index from the copy: one read, of the file
     * PF4J will load. The copy of a jar that is refused is deleted by {@link #refuse}.
     */
    private JarInspection inspectCopy(Path jar) {
        Path copy;
        try {
            copy = work.copy(jar);
        } catch (IOException | RuntimeException e) {
            return JarInspection.unreadable(jar, "cannot copy " + jar.getFileName() + " to the work directory: "
                    + JarInspection.rootMessage(e));
        }
        return JarInspection.of(jar, copy, manager.jarReader(), manager.compatibility());
    }

    private Optional<String> loadOne(JarInspection inspection) {
        String id = inspection.pluginId();
        refused.remove(id);
        try {
            manager.loadWithoutResolving(inspection);
            sources.put(id, inspection.source());
            copies.put(id, inspection.copy());
            indexes.put(id, inspection.extensions());
            failures.remove(id);
            return Optional.of(id);
        } catch (RuntimeException | LinkageError e) {
            refuse(id, inspection, "cannot load " + inspection.source().getFileName() + ": " + JarInspection.rootMessage(e));
            return Optional.empty();
        }
    }

    /** Refuses, until nothing changes, every accepted jar whose required dependency is absent or refused. */
    private void dropMissingDependencies(Map<String, JarInspection> accepted) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (JarInspection inspection : List.copyOf(accepted.values())) {
                Optional<String> problem = dependencyProblem(inspection, accepted);
                if (problem.isPresent()) {
                    accepted.remove(inspection.pluginId());
                    refuse(inspection.pluginId(), inspection, problem.get());
                    changed = true;
                }
            }
        }
    }

    private Optional<String> dependencyProblem(JarInspection inspection, Map<String, JarInspection> accepted) {
        for (PluginDependency dependency : inspection.descriptor().getDependencies()) {
            if (dependency.isOptional()) {
                continue;
            }
            String depId = dependency.getPluginId();
            String version = accepted.containsKey(depId) ? accepted.get(depId).descriptor().getVersion()
                    : manager.getPlugin(depId) != null ? manager.getPlugin(depId).getDescriptor().getVersion() : null;
            String wanted = dependency.getPluginVersionSupport();
            if (version == null) {
                String why = refused.containsKey(depId) ? "which failed: " + refused.get(depId).failureReason().orElse("")
                        : "which is not installed";
                return Optional.of("plugin '" + inspection.pluginId() + "' requires plugin '" + depId + "' " + why);
            }
            if (!manager.getVersionManager().checkVersionConstraint(version, wanted)) {
                return Optional.of("plugin '" + inspection.pluginId() + "' requires plugin '" + depId + "' " + wanted
                        + " but version " + version + " is installed");
            }
        }
        return Optional.empty();
    }

    private void fail(String pluginId, String reason) {
        LOG.warn("plugin '{}' failed: {}", pluginId, reason);
        failures.put(pluginId, reason);
    }

    private void refuse(String key, JarInspection inspection, String reason) {
        LOG.warn("plugin refused: {}", reason);
        refused.put(key, inspection.failedInfo(reason));
        if (!inspection.copy().equals(inspection.source()) && !inspection.copy().equals(copies.get(inspection.pluginId()))) {
            work.delete(inspection.copy());
        }
    }

    // ---- starting and stopping

    private void startWithDependencies(String pluginId) {
        for (PluginDependency dependency : manager.getPlugin(pluginId).getDescriptor().getDependencies()) {
            if (manager.getPlugin(dependency.getPluginId()) != null && registry.active(dependency.getPluginId()) == null) {
                startWithDependencies(dependency.getPluginId());
            }
        }
        if (registry.active(pluginId) == null) {
            startInWaves(List.of(pluginId));
        }
        publish();
    }

    /**
     * Starts plugins PF4J holds, given in dependency order, wave by wave: a wave is the plugins none of whose
     * dependencies is still waiting. PF4J starts a wave's plugins one by one (its manager is not thread-safe),
     * then their extensions are created in parallel, then each is published or, if that failed, stopped again.
     * A plugin thus starts only after its dependencies are running, as if they were started one at a time.
     */
    private void startInWaves(List<String> pluginIds) {
        List<String> pending = new ArrayList<>(pluginIds);
        while (!pending.isEmpty()) {
            List<String> wave = pending.stream().filter(id -> !dependsOnAny(id, pending)).toList();
            if (wave.isEmpty()) {
                wave = List.of(pending.get(0)); // a cycle, which PF4J's resolution refuses; start in its order then
            }
            pending.removeAll(wave);
            List<PluginWrapper> started = wave.stream().map(this::startInManager).flatMap(Optional::stream).toList();
            Map<String, List<String>> classNames = Map.copyOf(started.stream().collect(
                    Collectors.toMap(PluginWrapper::getPluginId, p -> indexes.getOrDefault(p.getPluginId(), List.of()))));
            List<PluginActivator.Activation> outcomes = ParallelTasks.mapWithin(started, config.startThreads(), "openwtp-plugin-start",
                    config.defaultCallTimeout(), plugin -> activator.attempt(plugin, classNames.get(plugin.getPluginId())),
                    plugin -> new PluginActivator.Activation(null, "creating its extensions and collecting their configuration "
                            + "fields did not finish within " + config.defaultCallTimeout().toMillis() + " ms (plugins.callTimeout); "
                            + "the thread was interrupted and abandoned"));
            for (int i = 0; i < started.size(); i++) {
                finishStart(started.get(i), outcomes.get(i));
            }
        }
    }

    private boolean dependsOnAny(String pluginId, List<String> others) {
        return manager.getPlugin(pluginId).getDescriptor().getDependencies().stream()
                .anyMatch(d -> !d.getPluginId().equals(pluginId) && others.contains(d.getPluginId()));
    }

    /** Starts a plugin in PF4J if its required dependencies are running; empty (and the plugin FAILED) if not. */
    private Optional<PluginWrapper> startInManager(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
            if (!dependency.isOptional() && registry.active(dependency.getPluginId()) == null) {
                fail(pluginId, "required plugin '" + dependency.getPluginId() + "' is not running");
                return Optional.empty();
            }
        }
        failures.remove(pluginId);
        PluginState state;
        try (ContextClassLoader ignored = ContextClassLoader.use(plugin.getPluginClassLoader())) {
            state = manager.startPlugin(pluginId);
        } catch (RuntimeException | LinkageError e) {
            fail(pluginId, "start failed: " + e);
            return Optional.empty();
        }
        if (state != PluginState.STARTED) {
            Throwable cause = plugin.getFailedException();
            fail(pluginId, cause == null ? "PF4J left the plugin " + state : "start failed: " + cause);
            return Optional.empty();
        }
        return Optional.of(plugin);
    }

    private void finishStart(PluginWrapper plugin, PluginActivator.Activation activation) {
        String pluginId = plugin.getPluginId();
        if (activation.plugin() == null) {
            stopInManager(plugin);
            fail(pluginId, activation.failure());
            return;
        }
        ActivePlugin active = activation.plugin();
        registry.put(active);
        points.put(pluginId, active.pointNames());
        LOG.info("plugin '{}' {} started with extension points {}", pluginId, active.version(), active.pointNames());
    }

    private void stopOne(String pluginId) {
        registry.remove(pluginId);
        injectors.drop(pluginId);
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin != null && plugin.getPluginState() == PluginState.STARTED) {
            stopInManager(plugin);
        }
    }

    private void stopInManager(PluginWrapper plugin) {
        try (ContextClassLoader ignored = ContextClassLoader.use(plugin.getPluginClassLoader())) {
            manager.stopPlugin(plugin.getPluginId());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("plugin '{}' failed to stop cleanly: {}", plugin.getPluginId(), e.toString());
        }
    }

    // ---- unloading

    private List<String> unloadLoaded(String pluginId) {
        List<String> removed = new ArrayList<>(dependentsOf(pluginId));
        removed.add(pluginId);
        removed.forEach(this::stopOne);
        removed.forEach(this::unloadOne);
        publish();
        return removed;
    }

    private void unloadOne(String pluginId) {
        stopOne(pluginId);
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.warn("plugin '{}' did not unload cleanly: {}", pluginId, e.toString());
        }
        forgetCopy(pluginId);
        indexes.remove(pluginId);
        failures.remove(pluginId);
        points.remove(pluginId);
    }

    private void forgetCopy(String pluginId) {
        Path copy = copies.remove(pluginId);
        if (copy != null) {
            work.delete(copy);
        }
        sources.remove(pluginId);
    }

    /** Plugins that depend on one, transitively, those deepest in the graph first. */
    private List<String> dependentsOf(String pluginId) {
        List<String> ordered = new ArrayList<>();
        collectDependents(pluginId, ordered);
        return ordered;
    }

    private void collectDependents(String pluginId, List<String> ordered) {
        for (PluginWrapper plugin : manager.getPlugins()) {
            boolean dependsOn = plugin.getDescriptor().getDependencies().stream().anyMatch(d -> d.getPluginId().equals(pluginId));
            if (dependsOn && !ordered.contains(plugin.getPluginId())) {
                collectDependents(plugin.getPluginId(), ordered);
                if (!ordered.contains(plugin.getPluginId())) {
                    ordered.add(plugin.getPluginId());
                }
            }
        }
    }

    // ---- the info view

    private void publish() {
        List<PluginInfo> infos = new ArrayList<>();
        manager.getPlugins().stream().map(PluginWrapper::getPluginId).sorted().forEach(id -> infos.add(infoOfLoaded(id)));
        infos.addAll(refused.values());
        registry.publish(infos);
    }

    private PluginInfo infoOfLoaded(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        PluginStatus status;
        Optional<String> reason = Optional.ofNullable(failures.get(pluginId));
        if (registry.active(pluginId) != null) {
            status = PluginStatus.STARTED;
        } else if (reason.isPresent()) {
            status = PluginStatus.FAILED;
        } else if (plugin.getPluginState() == PluginState.FAILED) {
            status = PluginStatus.FAILED;
            reason = Optional.of(plugin.getFailedException() == null ? "failed" : plugin.getFailedException().toString());
        } else {
            status = plugin.getPluginState() == PluginState.STOPPED ? PluginStatus.STOPPED : PluginStatus.LOADED;
        }
        String requires = plugin.getDescriptor().getRequires() == null ? "" : plugin.getDescriptor().getRequires();
        return new PluginInfo(pluginId, plugin.getDescriptor().getVersion(), status, requires,
                points.getOrDefault(pluginId, List.of()), reason, String.valueOf(sources.get(pluginId)));
    }

    private Optional<PluginInfo> info(String key) {
        if (refused.containsKey(key)) {
            return Optional.of(refused.get(key));
        }
        return manager.getPlugin(key) == null ? Optional.empty() : Optional.of(infoOfLoaded(key));
    }

    private void requireLoaded(String pluginId) {
        if (manager.getPlugin(pluginId) == null) {
            throw new NoSuchElementException("no plugin '" + pluginId + "' is loaded");
        }
    }

    private static List<Path> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins directory " + dir, e);
        }
    }

    private <R> R locked(java.util.function.Supplier<R> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }
}
