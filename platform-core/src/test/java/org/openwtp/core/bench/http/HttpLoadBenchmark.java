package org.openwtp.core.bench.http;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.config.ConfigLoader;
import org.openwtp.core.fixture.ImportReport;
import org.openwtp.core.fixture.SampleTenant;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.Routes;

/**
 * HTTP load on the real server, one run, three scenarios on the same server: a bare endpoint that does nothing
 * (registered by this benchmark only), an authenticated product read ({@code GET /v1/products/{id}} with the
 * sample tenant's storefront key) and a landed-cost quote ({@code POST /v1/quotes}, a Russian seller's honey to
 * a buyer in China, with the bundled plugins). The server runs on 127.0.0.1, port 0, a fresh SQLite file, the
 * bundled plugin jars of {@code target/plugins}, the sample tenant imported by the fixture importer.
 *
 * <p>The load is closed-loop: a fixed number of platform-thread workers, each with one keep-alive connection,
 * sends a request, reads the whole answer and sends the next. Scenarios are interleaved round by round
 * (A, B, C, A, B, C, ...) so drifting machine load touches them alike; every phase is bounded in time and in
 * requests, and the run stops by itself. Any answer that is not 2xx, or an I/O error, counts as an error.
 *
 * <p>System properties: {@code bench.workers} (8), {@code bench.rounds} (3), {@code bench.warmup} (seconds per
 * phase, 3; the first round warms up 3 times as long), {@code bench.seconds} (seconds per measured phase, 10),
 * {@code bench.maxRequests} (per phase, 2 000 000), {@code bench.plugins} (the plugin jar folder,
 * default {@code ../target/plugins}), {@code bench.synchronous} (SQLite {@code synchronous}, default: the
 * server's default). Not thread-safe; run as a program.
 */
public final class HttpLoadBenchmark {

    private static final String HOST = "127.0.0.1";

    private HttpLoadBenchmark() {
    }

    /** A scenario: one request, sent again and again. */
    record Scenario(String name, byte[] request) {
    }

    /** What one measured phase gave. */
    record PhaseResult(String scenario, long requests, long errors, long nanos, long[] latencies, String firstError) {
        double rps() {
            return requests * 1e9 / nanos;
        }
    }

    public static void main(String[] args) throws Exception {
        int workers = Integer.getInteger("bench.workers", 8);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmup = Integer.getInteger("bench.warmup", 3);
        int seconds = Integer.getInteger("bench.seconds", 10);
        long maxRequests = Long.getLong("bench.maxRequests", 2_000_000L);
        Path pluginJars = Path.of(System.getProperty("bench.plugins", "../target/plugins")).toAbsolutePath().normalize();

        Path work = Files.createTempDirectory("openwtp-http-bench");
        OpenWtpServer server = null;
        try {
            Path plugins = Files.createDirectories(work.resolve("plugins"));
            try (Stream<Path> files = Files.list(pluginJars)) {
                for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                    Files.copy(jar, plugins.resolve(jar.getFileName()));
                }
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("http.host", HOST);
            settings.put("http.port", "0");
            settings.put("http.shutdownTimeout", "5s");
            settings.put("plugins.dir", plugins.toString());
            settings.put("storage.sqlite.path", work.resolve("openwtp.db").toString());
            String synchronous = System.getProperty("bench.synchronous");
            if (synchronous != null) {
                settings.put("storage.sqlite.synchronous", synchronous);
            }
            settings.put("security.masterKey", secret(32, false));
            settings.put("security.hostAdminToken", secret(32, true));
            server = OpenWtpServer.create(ConfigLoader.fromMap(settings), new AbstractModule() {
                @Override
                protected void configure() {
                    Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(NoopResource.class);
                }
            }).start();
            ImportReport report = server.injector().getInstance(SampleTenant.class).importSampleTenant();
            String storefrontKey = report.keys().stream().filter(k -> k.name().equals("storefront")).findFirst()
                    .orElseThrow().rawKey();
            String productId = report.products().stream().filter(p -> p.ref().equals("buckwheat-honey")).findFirst()
                    .orElseThrow().id();
            int port = server.port();

            String quoteBody = """
                    {"items": [{"productId": "%s", "quantity": 2}],
                     "shipTo": {"name": "Li Wei", "lines": ["88 Nanjing Road"], "city": "Shanghai", "postalCode": "200001", "country": "CN"},
                     "currency": "CNY", "buyerReference": "bench"}""".formatted(productId);
            List<Scenario> scenarios = List.of(
                    new Scenario("bare", get(port, NoopResource.PATH, null)),
                    new Scenario("read", get(port, "/v1/products/" + productId, storefrontKey)),
                    new Scenario("quote", post(port, "/v1/quotes", storefrontKey, quoteBody)));

            System.out.printf(Locale.ROOT, "# server on %s:%d, %d workers, %d rounds x (%d s warm-up + %d s measured) per scenario, "
                            + "%d cores, load average at start %s%n", HOST, port, workers, rounds, warmup, seconds,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            Map<String, List<PhaseResult>> results = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                for (Scenario scenario : scenarios) {
                    run(scenario, port, workers, (round == 1 ? 3 : 1) * warmup, maxRequests); // warm-up, discarded
                    PhaseResult r = run(scenario, port, workers, seconds, maxRequests);
                    results.computeIfAbsent(scenario.name(), k -> new ArrayList<>()).add(r);
                    System.out.printf(Locale.ROOT, "round %d %-5s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%s  (load %s)%n",
                            round, scenario.name(), r.rps(), percentile(r.latencies(), 0.50), percentile(r.latencies(), 0.99),
                            r.errors(), r.firstError() == null ? "" : " first: " + r.firstError(), loadAverage());
                }
            }
            summarize(results, rounds);
        } finally {
            if (server != null) {
                server.stop();
            }
            deleteRecursively(work);
        }
    }

    private static void summarize(Map<String, List<PhaseResult>> results, int rounds) {
        System.out.println();
        System.out.println("| scenario | req/s | p50 ms | p99 ms | errors | ratio to bare (per round) |");
        System.out.println("|---|---|---|---|---|---|");
        List<PhaseResult> bare = results.get("bare");
        for (Map.Entry<String, List<PhaseResult>> e : results.entrySet()) {
            List<PhaseResult> phases = e.getValue();
            long requests = phases.stream().mapToLong(PhaseResult::requests).sum();
            long errors = phases.stream().mapToLong(PhaseResult::errors).sum();
            long nanos = phases.stream().mapToLong(PhaseResult::nanos).sum();
            long[] all = phases.stream().flatMapToLong(p -> Arrays.stream(p.latencies())).sorted().toArray();
            List<String> ratios = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                ratios.add(String.format(Locale.ROOT, "%.3f", phases.get(i).rps() / bare.get(i).rps()));
            }
            double bareRps = bare.stream().mapToLong(PhaseResult::requests).sum() * 1e9
                    / bare.stream().mapToLong(PhaseResult::nanos).sum();
            double rps = requests * 1e9 / nanos;
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %d | **%.3f** (%s) |%n", e.getKey(), rps,
                    percentile(all, 0.50), percentile(all, 0.99), errors, rps / bareRps, String.join(" ", ratios));
        }
        System.out.println("# load average at end " + loadAverage());
        long totalErrors = results.values().stream().flatMap(List::stream).mapToLong(PhaseResult::errors).sum();
        if (totalErrors > 0) {
            System.out.println("# FAILED: " + totalErrors + " errors");
            System.exit(1);
        }
    }

    /** One phase: {@code workers} closed-loop clients for {@code seconds} or {@code maxRequests} in all. */
    static PhaseResult run(Scenario scenario, int port, int workers, int seconds, long maxRequests) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        List<String> firstError = new ArrayList<>();
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                HttpConnection conn = null;
                try {
                    start.await();
                    while (!stop.get() && budget.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            if (conn == null) {
                                conn = new HttpConnection(HOST, port);
                            }
                            status = conn.exchange(scenario.request());
                        } catch (IOException e) {
                            status = -1;
                            synchronized (firstError) {
                                if (firstError.isEmpty()) {
                                    firstError.add(e.toString());
                                }
                            }
                            if (conn != null) {
                                conn.close();
                            }
                            conn = null;
                        }
                        long elapsed = System.nanoTime() - t0;
                        if (status < 200 || status > 299) {
                            errors.incrementAndGet();
                            if (status > 0) {
                                synchronized (firstError) {
                                    if (firstError.isEmpty()) {
                                        firstError.add("HTTP " + status + " " + conn.lastBody());
                                    }
                                }
                            }
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = elapsed;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (conn != null) {
                        conn.close();
                    }
                    latencies[id] = lat;
                    counts[id] = n;
                }
            }, "load-" + scenario.name() + "-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        long deadline = begin + seconds * 1_000_000_000L;
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, left / 1_000_000));
            }
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
        long nanos = System.nanoTime() - begin;
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[(int) total];
        int pos = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, all, pos, counts[w]);
            pos += counts[w];
        }
        Arrays.sort(all);
        return new PhaseResult(scenario.name(), total, errors.get(), nanos, all, firstError.isEmpty() ? null : firstError.get(0));
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static byte[] get(int port, String path, String key) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + HOST + ":" + port + "\r\nAccept: application/json\r\n"
                + (key == null ? "" : "Authorization: Bearer " + key + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] post(int port, String path, String key, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + HOST + ":" + port + "\r\nAccept: application/json\r\n"
                + "Authorization: Bearer " + key + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String secret(int bytes, boolean urlSafe) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return urlSafe ? Base64.getUrlEncoder().withoutPadding().encodeToString(b) : Base64.getEncoder().encodeToString(b);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bare endpoint: public, answers 204 and does nothing else. Only the benchmark's server has it. */
    public static final class NoopResource implements ApiResource {
        static final String PATH = "/bench/noop";

        @Override
        public void routes(Routes routes) {
            routes.get(PATH, NoopResource::noop).publicAccess().summary("Benchmark only: does nothing");
        }

        private static void noop(Context ctx) {
            ctx.status(204);
        }
    }
}
