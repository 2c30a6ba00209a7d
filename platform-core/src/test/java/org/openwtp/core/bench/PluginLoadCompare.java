package org.openwtp.core.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.openwtp.core.plugin.GuiceClassGeneration;
import org.openwtp.core.plugin.PluginRuntimeConfig;
import org.openwtp.core.plugin.internal.DefaultPluginRuntime;
import org.openwtp.core.plugin.internal.PluginCallGuard;
import org.openwtp.core.plugin.internal.PluginRegistry;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginWrapper;

/**
 * A cross-check of {@link PluginLoadBenchmark} on a busy machine: loads through the core and through bare PF4J
 * alternate in one JVM, so load swings hit both alike, and the median wall and thread-CPU time of each are
 * reported. Arguments: plugins directory, warm-up rounds, measured rounds, and optionally the core's start threads
 * (default: one per processor). Not a JMH benchmark.
 */
public final class PluginLoadCompare {

    private PluginLoadCompare() {
    }

    /**
     * Runs the comparison.
     *
     * @param args plugins directory, warm-up rounds, measured rounds[, core start threads]
     * @throws Exception if loading fails
     */
    public static void main(String[] args) throws Exception {
        GuiceClassGeneration.disableUnlessConfigured(); // as the server's Main does, before Guice is touched
        Path plugins = Path.of(args[0]);
        int warm = Integer.parseInt(args[1]), n = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : PluginRuntimeConfig.defaults().startThreads();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // all threads (the core starts plugins on helper threads too; also GC and JIT); ticks of 10 ms, so summed
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long corePs = 0, barePs = 0;
        long[] cw = new long[n], cc = new long[n], bw = new long[n], bc = new long[n];
        for (int i = -warm; i < n; i++) {
            long p0 = process.getProcessCpuTime(), w0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
            PluginRuntimeConfig config = PluginRuntimeConfig.defaults().withPluginsDirectory(plugins).withStartThreads(threads);
            DefaultPluginRuntime rt = new DefaultPluginRuntime(config, new PluginRegistry(),
                    new PluginCallGuard(config, new SimpleMeterRegistry(), Clock.systemUTC()));
            if (rt.startAll().stream().anyMatch(p -> p.status() != org.openwtp.core.plugin.PluginStatus.STARTED)) {
                throw new IllegalStateException("a plugin did not start: " + rt.plugins());
            }
            long w1 = System.nanoTime(), c1 = mx.getCurrentThreadCpuTime(), p1 = process.getProcessCpuTime();
            rt.close();
            long p2 = process.getProcessCpuTime(), w2 = System.nanoTime(), c2 = mx.getCurrentThreadCpuTime();
            JarPluginManager bare = new JarPluginManager(plugins);
            bare.loadPlugins();
            bare.startPlugins();
            int ext = 0;
            for (PluginWrapper p : bare.getStartedPlugins()) {
                ext += bare.getExtensions(p.getPluginId()).size();
            }
            if (ext == 0) {
                throw new IllegalStateException("bare PF4J created no extension");
            }
            long w3 = System.nanoTime(), c3 = mx.getCurrentThreadCpuTime(), p3 = process.getProcessCpuTime();
            bare.unloadPlugins();
            if (i >= 0) {
                cw[i] = w1 - w0;
                cc[i] = c1 - c0;
                bw[i] = w3 - w2;
                bc[i] = c3 - c2;
                corePs += p1 - p0;
                barePs += p3 - p2;
            }
        }
        System.out.printf("core wall %s cpu %s | bare wall %s cpu %s | ratio wall %.2f cpu %.2f"
                        + " | process cpu mean core %.1f bare %.1f ms ratio %.2f%n",
                q(cw), q(cc), q(bw), q(bc), med(cw) / med(bw), med(cc) / med(bc),
                corePs / 1e6 / n, barePs / 1e6 / n, (double) corePs / barePs);
    }
    private static double med(long[] a) {
        long[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String q(long[] a) {
        long[] s = a.clone();
        Arrays.sort(s);
        return String.format("p25 %.1f p50 %.1f p75 %.1f ms", s[s.length / 4] / 1e6, s[s.length / 2] / 1e6, s[3 * s.length / 4] / 1e6);
    }
}
