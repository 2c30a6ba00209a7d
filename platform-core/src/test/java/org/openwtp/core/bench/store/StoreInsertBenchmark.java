package org.openwtp.core.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openwtp.core.store.SqliteSynchronous;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.store.internal.JdbiPluginStateStores;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;
import org.sqlite.SQLiteConfig;

/**
 * A tenant-scoped insert through the core's storage path (the SDK key-value store: validation, the
 * serialised SQLite writer, a Jdbi transaction) against a raw JDBC insert of the same rows into the same
 * SQLite file with the same pragmas (WAL, foreign keys, busy timeout, and synchronous FULL or NORMAL), in one
 * run; prints core/raw throughput per synchronous mode. FULL is fsync-bound (what production pays per
 * commit); NORMAL shows the CPU overhead of the storage path itself. Run with {@code -Pbench}; see docs/performance.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreInsertBenchmark {

    private static final String VALUE = "{\"rate\":\"12.50\",\"currency\":\"EUR\",\"service\":\"express\"}";
    private static final String SQL = "INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, plugin_id, state_key)"
            + " DO UPDATE SET state_value = excluded.state_value, updated_at = excluded.updated_at";

    /** The SQLite flush policy both sides use: FULL (the default, fsync per commit) or NORMAL (CPU-bound). */
    @Param({"FULL", "NORMAL"})
    public String synchronous;

    private Path dir;
    private Storage storage;
    private KeyValueStore coreStore;
    private Connection raw;
    private PreparedStatement rawInsert;
    private long coreSeq;
    private long rawSeq;
    private long coreNanos;
    private long rawNanos;
    private final List<Double> iterationRatios = new ArrayList<>();

    /** Opens the file through the core and, beside it, a raw connection with the same pragmas. */
    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        dir = Files.createTempDirectory("openwtp-bench");
        StorageConfig config = StorageConfig.sqlite(dir.resolve("bench.db")).withSynchronous(SqliteSynchronous.valueOf(synchronous));
        storage = Storage.open(config);
        storage.useTransaction(h -> h.execute("INSERT INTO tenants (tenant_id, display_name, status, created_at, updated_at)"
                + " VALUES ('bench', 'Bench', 'ACTIVE', 0, 0)"));
        coreStore = new JdbiPluginStateStores(storage, Clock.systemUTC()).storeFor(TenantId.of("bench"), "core");

        SQLiteConfig pragmas = new SQLiteConfig();
        pragmas.setJournalMode(SQLiteConfig.JournalMode.WAL);
        pragmas.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(synchronous));
        pragmas.enforceForeignKeys(true);
        pragmas.setBusyTimeout((int) config.busyTimeout().toMillis());
        raw = DriverManager.getConnection(config.connectionUrl(), pragmas.toProperties());
        raw.setAutoCommit(true);
        rawInsert = raw.prepareStatement(SQL);
    }

    /** Starts an iteration's interleaved timings afresh. */
    @Setup(Level.Iteration)
    public void resetTimings() {
        coreNanos = 0;
        rawNanos = 0;
    }

    /** Records the iteration's interleaved core/raw throughput ratio. */
    @TearDown(Level.Iteration)
    public void recordRatio() {
        if (coreNanos > 0) {
            iterationRatios.add((double) rawNanos / coreNanos);
        }
    }

    /**
     * Closes both sides, prints the interleaved ratio of the measured iterations and deletes the file.
     *
     * @throws IOException  if the file cannot be deleted
     * @throws SQLException if the raw connection fails to close
     */
    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        if (!iterationRatios.isEmpty()) {
            List<Double> sorted = iterationRatios.stream().sorted().toList();
            System.out.printf("%nINTERLEAVED synchronous=%s core/raw throughput ratio per iteration %s, median %.2f%n", synchronous,
                    iterationRatios.stream().map(r -> String.format("%.2f", r)).toList(), sorted.get(sorted.size() / 2));
        }
        rawInsert.close();
        raw.close();
        storage.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One new key through the core's storage path. */
    @Benchmark
    public void coreStoragePath() {
        coreStore.put("rate/" + coreSeq++, VALUE);
    }

    /**
     * The same row with plain JDBC.
     *
     * @throws SQLException never expected
     */
    @Benchmark
    public void rawJdbc() throws SQLException {
        rawInsert.setString(1, "bench");
        rawInsert.setString(2, "raw");
        rawInsert.setString(3, "rate/" + rawSeq++);
        rawInsert.setString(4, VALUE);
        rawInsert.setLong(5, System.currentTimeMillis());
        rawInsert.executeUpdate();
    }

    /**
     * Core and raw inserts alternating, one each per invocation, timed separately: both sides see the same
     * machine load, which on a shared machine drifts between separately run benchmarks.
     *
     * @throws SQLException never expected
     */
    @Benchmark
    public void interleaved() throws SQLException {
        long t0 = System.nanoTime();
        coreStoragePath();
        long t1 = System.nanoTime();
        rawJdbc();
        long t2 = System.nanoTime();
        coreNanos += t1 - t0;
        rawNanos += t2 - t1;
    }

    /**
     * Runs both benchmarks and prints the ratio. System properties {@code bench.warmup}, {@code bench.iterations}
     * and {@code bench.seconds} shorten or lengthen the run (defaults 2, 5, 3).
     *
     * @param args ignored
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        int seconds = Integer.getInteger("bench.seconds", 3);
        Options options = new OptionsBuilder()
                .include(StoreInsertBenchmark.class.getName() + ".*")
                .forks(1)
                .warmupIterations(Integer.getInteger("bench.warmup", 2))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(TimeValue.seconds(seconds))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        for (String mode : new String[] {"FULL", "NORMAL"}) {
            double core = score(results, "coreStoragePath", mode);
            double raw = score(results, "rawJdbc", mode);
            System.out.printf("Storage insert benchmark, synchronous=%s: core %.1f ops/s, raw JDBC %.1f ops/s,"
                    + " core/raw ratio %.2f (target >= 0.70)%n", mode, core, raw, core / raw);
        }
    }

    private static double score(Collection<RunResult> results, String method, String mode) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)
                        && mode.equals(r.getParams().getParam("synchronous")))
                .findFirst().orElseThrow().getPrimaryResult().getScore();
    }
}
