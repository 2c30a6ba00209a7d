package org.openwtp.core.bench.commerce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Handle;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openwtp.core.bench.BenchPlugins;
import org.openwtp.core.commerce.internal.CommerceJson;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.internal.QuoteDao;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.store.SqliteSynchronous;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;

/**
 * The quote writer's work per quote (what {@code QuoteStore}'s write-behind thread does), the way before and now, in
 * the same run. The quote is the stored-quote fixture of {@code ValueTypeSerializersTest}, which the
 * {@link QuoteBenchmark}'s real plugins produced (≈ 7.5 KB of JSON, a non-ASCII "×" in the pavilion's charges).
 *
 * <ul>
 *   <li>{@code jsonInterleaved}: the body as the database driver gets it (the JSON, then its UTF-8 bytes, which
 *       sqlite-jdbc makes of every bound string) written with {@link CommerceJson#write} (before) and
 *       {@link CommerceJson#writeAscii} (now), one after the other per invocation, timed separately; prints the ratio
 *       before / now per iteration with the µs of each.</li>
 *   <li>{@code storeInterleaved}: one transaction of {@code batchSize} quotes written as before (that JSON, one Jdbi
 *       {@code Update} per quote) and one written as now ({@link QuoteDao#insertAll}: ASCII JSON, one
 *       {@code PreparedBatch}), into one SQLite file ({@code synchronous}), timed separately; prints the ratio
 *       before / now per iteration.</li>
 * </ul>
 */
@State(Scope.Thread)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=logback-bench.xml")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuoteWriterBenchmark {

    private static final String INSERT = "INSERT INTO quotes (tenant_id, quote_id, seller_id, body, created_at, expires_at)"
            + " VALUES (:tenant, :id, :seller, :body, :created, :expires)";

    private Quote quote;

    @Setup(Level.Trial)
    public void readQuote() throws IOException {
        try (InputStream in = QuoteWriterBenchmark.class.getResourceAsStream("/org/openwtp/core/commerce/internal/stored-quote.json")) {
            Quote stored = CommerceJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Quote.class);
            quote = copy(stored, stored.id());
        }
    }

    /** Time per side of an interleaved benchmark, summed per iteration, and the ratio before / now of each iteration. */
    public abstract static class Times {
        final LongAdder before = new LongAdder();
        final LongAdder now = new LongAdder();
        final LongAdder quotes = new LongAdder();
        final List<String> ratios = new ArrayList<>();

        @Setup(Level.Iteration)
        public void reset() {
            before.reset();
            now.reset();
            quotes.reset();
        }

        @TearDown(Level.Iteration)
        public void recordRatio() {
            double n = Math.max(1, quotes.sum()) * 1000.0;
            ratios.add(String.format("%.2f (%.1f/%.1f us)", (double) before.sum() / now.sum(), before.sum() / n, now.sum() / n));
        }
    }

    /** The times of {@code jsonInterleaved}. */
    @State(Scope.Benchmark)
    public static class JsonTimes extends Times {
        @TearDown(Level.Trial)
        public void print() {
            System.out.println("INTERLEAVED JSON+UTF-8 before/now time ratio per iteration, incl. warm-up (us per quote): " + ratios);
        }
    }

    /**
     * @param times where the times go
     * @return both bodies' total length (so neither is dropped)
     */
    @Benchmark
    public int jsonInterleaved(JsonTimes times) {
        long t0 = System.nanoTime();
        byte[] before = CommerceJson.write(quote).getBytes(StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        byte[] now = CommerceJson.writeAscii(quote).getBytes(StandardCharsets.UTF_8);
        long t2 = System.nanoTime();
        times.before.add(t1 - t0);
        times.now.add(t2 - t1);
        times.quotes.increment();
        return before.length + now.length;
    }

    /** A SQLite file with the quotes table, and the time per side of {@code storeInterleaved}. */
    @State(Scope.Benchmark)
    public static class Store extends Times {
        /** Quotes per group commit. */
        @Param({"20"})
        public int batchSize;
        /** SQLite flush policy (NORMAL: the CPU work rather than the disk flush). */
        @Param({"NORMAL"})
        public String synchronous;

        private Path work;
        CommerceFixture fixture;
        final AtomicLong nextId = new AtomicLong();

        @Setup(Level.Trial)
        public void open() throws IOException {
            work = Files.createTempDirectory("openwtp-quote-writer-bench");
            fixture = new CommerceFixture(Storage.open(StorageConfig.sqlite(work.resolve("quotes.db"))
                    .withSynchronous(SqliteSynchronous.valueOf(synchronous))));
        }

        @TearDown(Level.Trial)
        public void close() {
            System.out.println("INTERLEAVED STORE batchSize=" + batchSize + " synchronous=" + synchronous
                    + " before/now time ratio per iteration, incl. warm-up (us per quote): " + ratios);
            fixture.close();
            BenchPlugins.deleteQuietly(work);
        }
    }

    /**
     * @param store the database and times
     * @return the quotes written
     */
    @Benchmark
    public int storeInterleaved(Store store) {
        List<Quote> before = fresh(store);
        List<Quote> now = fresh(store);
        long t0 = System.nanoTime();
        store.fixture.storage.useTransaction(h -> insertEachAsBefore(h, before));
        long t1 = System.nanoTime();
        store.fixture.storage.useTransaction(h -> new QuoteDao().insertAll(h, now));
        long t2 = System.nanoTime();
        store.before.add(t1 - t0);
        store.now.add(t2 - t1);
        store.quotes.add(store.batchSize);
        return before.size() + now.size();
    }

    /** The insert before: one Jdbi {@code Update} per quote, the JSON with its non-ASCII characters as they are. */
    private static void insertEachAsBefore(Handle h, List<Quote> quotes) {
        for (Quote q : quotes) {
            h.createUpdate(INSERT)
                    .bind("tenant", q.tenant().value()).bind("id", q.id()).bind("seller", q.sellerId())
                    .bind("body", CommerceJson.write(q))
                    .bind("created", q.createdAt().toEpochMilli()).bind("expires", q.expiresAt().toEpochMilli())
                    .execute();
        }
    }

    private List<Quote> fresh(Store store) {
        List<Quote> quotes = new ArrayList<>(store.batchSize);
        for (int i = 0; i < store.batchSize; i++) {
            quotes.add(copy(quote, "quo_bench_" + store.nextId.incrementAndGet()));
        }
        return quotes;
    }

    /** The quote under another id, in the fixture's tenant (the quotes table references tenants). */
    private static Quote copy(Quote q, String id) {
        return new Quote(id, CommerceFixture.TENANT, q.sellerId(), q.sellerPavilionId(), q.shipFrom(), q.shipTo(), q.buyerReference(),
                q.sellerCurrency(), q.buyerCurrency(), q.items(), q.parcels(), q.customsItems(), q.goods(), q.destinationPavilionId(),
                q.dutiesEstimated(), q.options(), q.fxRates(), q.warnings(), q.createdAt(), q.expiresAt());
    }
}
