package org.openwtp.core.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.config.ServerConfig;

/**
 * What the commands need from the outside world, so tests run them in-process with fakes: the
 * environment variables, the output streams, how a server is built, and how {@code serve} learns
 * that it should stop.
 *
 * @param env      environment variables (configuration reads {@code OPENWTP_*})
 * @param out      standard output
 * @param err      standard error
 * @param servers  builds (without starting) a server for a configuration
 * @param shutdown waits for the signal to stop serving
 */
public record CliEnvironment(Map<String, String> env, PrintWriter out, PrintWriter err,
                             Function<ServerConfig, OpenWtpServer> servers, ShutdownSignal shutdown) {

    /** Validates the parts. */
    public CliEnvironment {
        env = Map.copyOf(env);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(servers, "servers");
        Objects.requireNonNull(shutdown, "shutdown");
    }

    /** @return the real process: its environment, stdout, stderr and a SIGTERM/SIGINT shutdown hook */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                OpenWtpServer::create, ShutdownSignal.jvmShutdownHook());
    }

    /** Blocks {@code serve} until the server should stop, then runs the stop. */
    @FunctionalInterface
    public interface ShutdownSignal {

        /**
         * Waits for the signal, then runs {@code stop} (on whatever thread the signal arrives) and returns
         * once it has finished.
         *
         * @param stop stops the server
         * @throws InterruptedException when interrupted while waiting
         */
        void awaitThenRun(Runnable stop) throws InterruptedException;

        /** @return a signal raised by SIGTERM or SIGINT: the JVM shutdown hook stops the server */
        static ShutdownSignal jvmShutdownHook() {
            return stop -> {
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        stop.run();
                    } finally {
                        stopped.countDown();
                    }
                }, "openwtp-shutdown"));
                stopped.await();
            };
        }
    }
}
