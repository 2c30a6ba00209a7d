package org.openwtp.core.bench.commerce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openwtp.core.commerce.CommerceFixture;
import org.openwtp.core.commerce.FakePaymentProvider;
import org.openwtp.core.commerce.order.OrderService;
import org.openwtp.core.store.SqliteSynchronous;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;

/**
 * Orders placed per second on SQLite through the core's {@link OrderService}: idempotency record, order,
 * line, conditional stock decrement, payment and outbox event in one transaction; the authorization
 * through the guarded-call path of a fake provider; its outcome, the status change, the outbox event and
 * the stored answer in a second transaction. Every placement uses a new Idempotency-Key.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=logback-bench.xml")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OrderPlacementBenchmark {

    /** SQLite flush policy: FULL (the default, durable on power loss) or NORMAL (durable on process crash). */
    @Param({"FULL", "NORMAL"})
    public String synchronous;

    private Path dir;
    private CommerceFixture fixture;
    private final AtomicLong keys = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("openwtp-bench-orders");
        Storage storage = Storage.open(StorageConfig.sqlite(dir.resolve("orders.db"))
                .withSynchronous(SqliteSynchronous.valueOf(synchronous)));
        fixture = new CommerceFixture(storage, storage, Duration.ofSeconds(5));
        fixture.product(CommerceFixture.A, "p1", 1_000_000_000);
        fixture.quote(CommerceFixture.A, "q1", "p1", 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    @Threads(1)
    public OrderService.Placement placeOneThread() {
        return place();
    }

    @Benchmark
    @Threads(4)
    public OrderService.Placement placeFourThreads() {
        return place();
    }

    private OrderService.Placement place() {
        return fixture.orders.place(CommerceFixture.A, "bench-key", "k-" + keys.incrementAndGet(),
                CommerceFixture.card("q1", FakePaymentProvider.APPROVE));
    }
}
