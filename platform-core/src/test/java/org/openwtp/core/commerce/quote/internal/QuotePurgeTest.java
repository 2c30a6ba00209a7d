package org.openwtp.core.commerce.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.testing.CommerceFixture.OTHER;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.order.CommerceErrors;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.Dialect;
import org.openwtp.core.store.GatedStorage;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageException;
import org.openwtp.core.tenant.TenantService;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * Expired quotes are deleted once past their retention, tenant by tenant in bounded batches, and nothing else is;
 * the background round survives failures and stops between batches. On SQLite and PostgreSQL.
 */
class QuotePurgeTest {

    private static final Duration RETENTION = Duration.ofDays(7);
    private static final QuoteSettings SETTINGS = QuoteSettings.defaults().withPurge(Duration.ofMinutes(1), RETENTION);
    private static final TenantId THIRD = TenantId.of("third");

    @TempDir
    Path tempDir;
    private CommerceFixture f;
    private final List<QuotePurge> started = new ArrayList<>();

    private CommerceFixture open(Backend backend) {
        f = new CommerceFixture(backend, tempDir);
        new TenantService(f.storage, f.clock).create(THIRD.value(), "Third hub");
        return f;
    }

    @AfterEach
    void close() throws InterruptedException {
        for (QuotePurge purge : started) {
            purge.stop();
        }
        if (f != null) {
            f.close();
        }
    }

    private QuotePurge started(QuotePurge purge) {
        purge.start();
        started.add(purge);
        return purge;
    }

    /** Stores quotes of a tenant that expire at the given instants; @return them in that order. */
    private List<Quote> stored(TenantId tenant, List<Instant> expiries) {
        List<Quote> quotes = new ArrayList<>();
        Address address = Address.of("Li Wei", "88 Nanjing Road", "Shanghai", "200001", CountryCode.of("CN"));
        CurrencyCode cny = CurrencyCode.of("CNY");
        for (Instant expiresAt : expiries) {
            Instant createdAt = expiresAt.minus(SETTINGS.validity());
            quotes.add(new Quote(Ids.next("quo", createdAt), tenant, "sel_1", "pavilion-cn", address, address, "", cny, cny,
                    List.of(), List.of(), List.of(), Money.zero(cny), Optional.empty(), false, List.of(), List.of(), List.of(),
                    createdAt, expiresAt));
        }
        QuoteDao dao = new QuoteDao();
        f.storage.useTransaction(h -> dao.insertAll(h, quotes));
        return quotes;
    }

    private List<Instant> times(Instant at, int count) {
        List<Instant> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(at);
        }
        return all;
    }

    private boolean isStored(Quote quote) {
        return f.storage.withHandle(h -> new QuoteDao().find(h, quote.tenant(), quote.id())).isPresent();
    }

    private long quotesOf(TenantId tenant) {
        return f.storage.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quotes WHERE tenant_id = :t")
                .bind("t", tenant.value()).mapTo(Long.class).one());
    }

    /** Row counts of every table but {@code quotes}. */
    private Map<String, Long> otherTables() {
        return f.storage.withHandle(h -> {
            String tables = f.storage.dialect() == Dialect.SQLITE
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name";
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : h.createQuery(tables).mapTo(String.class).list()) {
                if (!table.equals("quotes")) {
                    counts.put(table, h.createQuery("SELECT COUNT(*) FROM \"" + table + "\"").mapTo(Long.class).one());
                }
            }
            return counts;
        });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletesExactlyTheQuotesThatExpiredBeforeTheRetentionOfEveryTenantInBoundedBatches(Backend backend) {
        open(backend);
        Instant cutoff = f.clock.instant().minus(RETENTION);
        List<Quote> gone = new ArrayList<>();
        List<Quote> kept = new ArrayList<>();
        for (TenantId tenant : List.of(TENANT, OTHER)) {
            gone.addAll(stored(tenant, times(cutoff.minus(Duration.ofDays(3)), 6)));
            gone.addAll(stored(tenant, List.of(cutoff.minusMillis(1))));
            kept.addAll(stored(tenant, List.of(cutoff, cutoff.plusMillis(1), f.clock.instant().minusSeconds(1),
                    f.clock.instant().plus(Duration.ofMinutes(10)))));
        }
        kept.addAll(stored(THIRD, List.of(cutoff, f.clock.instant())));
        Map<String, Long> otherTablesBefore = otherTables();
        assertThat(otherTablesBefore).containsKey("tenants");
        CountingStorage counting = new CountingStorage(f.storage);

        long deleted = new QuotePurge(counting, f.clock, SETTINGS, 3).purgeOnce();

        assertThat(deleted).isEqualTo(14);
        assertThat(gone).noneMatch(this::isStored);
        assertThat(kept).allMatch(this::isStored);
        assertThat(otherTables()).isEqualTo(otherTablesBefore);
        assertThat(counting.deletedPerTransaction).as("7 each of acme and other in batches of 3; no write transaction for"
                        + " third, which has nothing to delete").containsExactly(3, 3, 1, 3, 3, 1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void moreQuotesThanOneBatchAreAllDeletedInOneRound(Backend backend) {
        open(backend);
        Instant longAgo = f.clock.instant().minus(RETENTION).minus(Duration.ofDays(1));
        stored(TENANT, times(longAgo, QuotePurge.BATCH * 2 + 500));
        Quote live = stored(TENANT, List.of(f.clock.instant().plus(Duration.ofMinutes(15)))).get(0);

        assertThat(new QuotePurge(f.storage, f.clock, SETTINGS).purgeOnce()).isEqualTo(QuotePurge.BATCH * 2 + 500);

        assertThat(quotesOf(TENANT)).isEqualTo(1);
        assertThat(isStored(live)).isTrue();
        assertThat(new QuotePurge(f.storage, f.clock, SETTINGS).purgeOnce()).as("nothing left to purge").isZero();
    }

    @Test
    void withoutRetentionAQuoteGoesAtTheFirstPurgeAfterItExpired() {
        open(Backend.SQLITE);
        Quote quote = stored(TENANT, List.of(f.clock.instant().plus(Duration.ofMinutes(15)))).get(0);
        QuotePurge purge = new QuotePurge(f.storage, f.clock, SETTINGS.withPurge(Duration.ofMinutes(1), Duration.ZERO));

        f.clock.advance(Duration.ofMinutes(15));
        assertThat(purge.purgeOnce()).as("expiring this very millisecond").isZero();
        f.clock.advance(Duration.ofMillis(1));
        assertThat(purge.purgeOnce()).isEqualTo(1);

        assertThat(isStored(quote)).isFalse();
    }

    @Test
    void anOrderForAnExpiredQuoteIsToldItExpiredUntilThePurgeThenThatItIsNotFound() {
        open(Backend.SQLITE);
        Quote quote = stored(TENANT, List.of(f.clock.instant().plus(Duration.ofMinutes(15)))).get(0);
        CatalogQuoteSource orders = new CatalogQuoteSource(f.quotes(SETTINGS), f.clock);
        QuotePurge purge = new QuotePurge(f.storage, f.clock, SETTINGS);

        f.clock.advance(Duration.ofMinutes(15).plus(RETENTION));
        purge.purgeOnce();
        assertThatThrownBy(() -> orders.findValid(TENANT, quote.id())).as("expired exactly at the cutoff: kept")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(CommerceErrors.QUOTE_EXPIRED));

        f.clock.advance(Duration.ofMillis(1));
        purge.purgeOnce();
        assertThatThrownBy(() -> orders.findValid(TENANT, quote.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(CommerceErrors.QUOTE_NOT_FOUND);
                    assertThat(e.getMessage()).contains("no quote '" + quote.id() + "' here", "POST /v1/quotes");
                });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theBatchIsFoundThroughTheTenantExpiryIndex(Backend backend) {
        open(backend);
        Dialect dialect = f.storage.dialect();
        String plan = f.storage.inTransaction(h -> {
            if (dialect == Dialect.POSTGRESQL) {
                h.execute("SET LOCAL enable_seqscan = off"); // a near-empty table would be scanned otherwise
            }
            String explain = (dialect == Dialect.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + ExpiredQuotes.deleteBatchSql(dialect);
            List<String> lines = h.createQuery(explain).bind("tenant", "acme").bind("cutoff", 0L).bind("limit", 10)
                    .map((rs, ctx) -> rs.getString(dialect == Dialect.SQLITE ? "detail" : "QUERY PLAN")).list();
            return String.join("\n", lines);
        });
        assertThat(plan).contains("quotes_by_expiry");
    }

    @Test
    void startedItPurgesEveryIntervalAndAFailedRoundIsRetriedAtTheNext() throws InterruptedException {
        open(Backend.SQLITE);
        stored(TENANT, times(f.clock.instant().minus(RETENTION).minus(Duration.ofDays(1)), 5));
        CountingStorage flaky = new CountingStorage(f.storage);
        flaky.failNext(1);
        QuotePurge purge = started(new QuotePurge(flaky, f.clock, SETTINGS.withPurge(Duration.ofMillis(10), RETENTION)));

        assertThat(flaky.committed.await(30, TimeUnit.SECONDS)).as("a round after the failed one").isTrue();
        purge.stop();

        assertThat(flaky.failures.get()).isEqualTo(1);
        assertThat(quotesOf(TENANT)).isZero();
    }

    @Test
    void stoppingEndsARoundBetweenTwoBatchesAndStartingAgainResumes() throws Exception {
        open(Backend.SQLITE);
        stored(TENANT, times(f.clock.instant().minus(RETENTION).minus(Duration.ofDays(1)), 5));
        CountingStorage held = new CountingStorage(f.storage);
        held.holdWrites();
        QuotePurge purge = started(new QuotePurge(held, f.clock, SETTINGS.withPurge(Duration.ofMillis(10), RETENTION), 1));
        held.awaitHeldWrite(); // the first batch is waiting for the database

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                purge.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        held.awaitStopRequested(purge);
        held.releaseWrites();
        stopping.get(30, TimeUnit.SECONDS);

        assertThat(held.deletedPerTransaction).as("the batch in progress, then no other").containsExactly(1);
        assertThat(quotesOf(TENANT)).isEqualTo(4);

        purge.start();
        // the next scheduled round after the restart purges the rest
        held.awaitDeleted(5);
        purge.stop();
        assertThat(quotesOf(TENANT)).isZero();
    }

    @Test
    void aRoundThatFindsTheDatabaseBusyFailsWithoutLosingWhatItDeleted() {
        open(Backend.SQLITE);
        stored(TENANT, times(f.clock.instant().minus(RETENTION).minus(Duration.ofDays(1)), 2));
        stored(OTHER, times(f.clock.instant().minus(RETENTION).minus(Duration.ofDays(1)), 2));
        CountingStorage flaky = new CountingStorage(f.storage);
        QuotePurge purge = new QuotePurge(flaky, f.clock, SETTINGS);
        flaky.failAfter(1);

        assertThatThrownBy(purge::purgeOnce).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.code()).isEqualTo(StorageException.Code.STORAGE_BUSY));
        assertThat(quotesOf(TENANT)).as("acme's batch committed").isZero();
        assertThat(quotesOf(OTHER)).isEqualTo(2);

        assertThat(purge.purgeOnce()).isEqualTo(2);
    }

    /** A storage that records how many quotes each write transaction deleted, and can fail writes. Thread-safe. */
    private static final class CountingStorage extends GatedStorage {
        final List<Integer> deletedPerTransaction = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final CountDownLatch committed = new CountDownLatch(1);
        private final AtomicInteger toFail = new AtomicInteger();
        private final AtomicInteger succeedBeforeFailing = new AtomicInteger(-1);

        CountingStorage(Storage delegate) {
            super(delegate);
        }

        /** @param count how many of the next write transactions fail as busy */
        void failNext(int count) {
            toFail.set(count);
        }

        /** @param successes how many write transactions succeed before the one that fails as busy */
        void failAfter(int successes) {
            succeedBeforeFailing.set(successes);
        }

        /** Waits until stop() has been asked for (the stopping thread then waits for the batch in progress). */
        void awaitStopRequested(QuotePurge purge) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!purge.stopRequested()) {
                assertThat(System.nanoTime() - until).as("stop() was called").isNegative();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }

        synchronized void awaitDeleted(int total) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (deletedPerTransaction.stream().mapToInt(Integer::intValue).sum() < total) {
                long left = until - System.nanoTime();
                assertThat(left).as("%d quotes purged", total).isPositive();
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        @Override
        public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
            R result = super.inTransaction(h -> {
                if (toFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || succeedBeforeFailing.getAndDecrement() == 0) {
                    failures.incrementAndGet();
                    throw new StorageException(StorageException.Code.STORAGE_BUSY, "the writer is busy (test)", null);
                }
                return callback.withHandle(h);
            });
            if (result instanceof Integer deleted) {
                synchronized (this) {
                    deletedPerTransaction.add(deleted);
                    notifyAll();
                }
            }
            committed.countDown();
            return result;
        }
    }
}
