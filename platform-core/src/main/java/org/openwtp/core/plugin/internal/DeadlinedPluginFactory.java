package org.openwtp.core.plugin.internal;

import java.time.Duration;
import java.util.List;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * Gives the life-cycle calls PF4J makes into a plugin's own {@code Plugin-Class} (its constructor, {@code start()},
 * {@code stop()}, {@code delete()}) the call deadline, {@code plugins.callTimeout}. Why: PF4J makes them on the
 * thread that holds the runtime's lock, so a plugin whose {@code start()} waits forever on a remote service would
 * otherwise hang the server's start and every later life-cycle operation.
 *
 * <p>PF4J gets a stand-in {@link Plugin} that makes each call on a helper thread and waits at most the deadline. A
 * call that overruns is abandoned (its thread interrupted) and reported as a {@link PluginRuntimeException}, which
 * PF4J records as the plugin's failure, so the plugin is FAILED and the others carry on; PF4J's manager itself is
 * only ever touched by the calling thread. A plugin without a {@code Plugin-Class} (PF4J then uses
 * {@code org.pf4j.Plugin}, which runs no plugin code) is created directly. Stateless; thread-safe.
 */
final class DeadlinedPluginFactory implements PluginFactory {

    private final PluginFactory plugins = new DefaultPluginFactory();
    private final Duration timeout;

    DeadlinedPluginFactory(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Plugin create(PluginWrapper wrapper) {
        String pluginClass = wrapper.getDescriptor().getPluginClass();
        if (pluginClass == null || pluginClass.isBlank() || Plugin.class.getName().equals(pluginClass)) {
            return plugins.create(wrapper);
        }
        return new Deadlined(wrapper);
    }

    /** The stand-in PF4J holds; the plugin's own object is created by the first {@code start()}. */
    private final class Deadlined extends Plugin {
        private final PluginWrapper wrapper;
        private Plugin own; // written and read on helper threads, each joined (or abandoned) before the next call

        Deadlined(PluginWrapper wrapper) {
            this.wrapper = wrapper;
        }

        @Override
        public void start() {
            within("start()", this::createAndStart);
        }

        @Override
        public void stop() {
            within("stop()", () -> {
                if (own != null) {
                    own.stop();
                }
            });
        }

        @Override
        public void delete() {
            within("delete()", () -> {
                if (own != null) {
                    own.delete();
                }
            });
        }

        private void createAndStart() {
            if (own == null) {
                own = plugins.create(wrapper);
                if (own == null) { // PF4J's factory logged why: class missing, abstract, not a Plugin, or its constructor threw
                    throw new PluginRuntimeException("cannot create Plugin-Class {} of plugin '{}' (see the log above)",
                            wrapper.getDescriptor().getPluginClass(), wrapper.getPluginId());
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                return; // the constructor overran and this call was abandoned: a FAILED plugin must not start late
            }
            own.start();
        }

        /** Runs one call on a helper thread with the plugin's class loader as context class loader. */
        private void within(String method, Runnable call) {
            String id = wrapper.getPluginId();
            Object timedOut = new Object();
            Object outcome = ParallelTasks.mapWithin(List.of(id), 1, "openwtp-plugin-lifecycle-" + id, timeout, item -> {
                try (ContextClassLoader ignored = ContextClassLoader.use(wrapper.getPluginClassLoader())) {
                    call.run();
                }
                return id;
            }, item -> timedOut).get(0);
            if (outcome == timedOut) {
                throw new PluginRuntimeException("{}.{} of plugin '{}' did not finish within {} ms (plugins.callTimeout); "
                        + "the thread was interrupted and abandoned", wrapper.getDescriptor().getPluginClass(), method, id,
                        timeout.toMillis());
            }
        }
    }
}
