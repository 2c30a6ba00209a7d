package org.openwtp.core.commerce.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openwtp.core.commerce.testing.CommerceFixture.OTHER;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.store.Backend;
import org.openwtp.core.store.GatedStorage;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageException;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * Quotes written behind: readable on this server at once, written in one transaction per interval, everything
 * queued written on stop, back-pressure instead of dropping, and another server waiting a bounded time for a quote
 * it cannot see yet. On a real SQLite file.
 */
class QuoteStoreTest {

    /** Long enough that nothing is written by the background thread while a test looks. */
    private static final QuoteSettings BEHIND = QuoteSettings.defaults().withWriteBehind(Duration.ofSeconds(1));

    @TempDir
    Path tempDir;
    private CommerceFixture f;
    private final List<QuoteStore> started = new ArrayList<>();

    @BeforeEach
    void open() {
        f = new CommerceFixture(Backend.SQLITE, tempDir);
    }

    @AfterEach
    void close() throws InterruptedException {
        for (QuoteStore store : started) {
            store.stop();
        }
        f.close();
    }

    private QuoteStore started(Storage storage, QuoteSettings settings) {
        QuoteStore store = new QuoteStore(storage, f.clock, settings);
        store.start();
        started.add(store);
        return store;
    }

    private Quote quote(TenantId tenant) {
        Instant now = f.clock.instant();
        Address address = Address.of("Li Wei", "88 Nanjing Road", "Shanghai", "200001", CountryCode.of("CN"));
        CurrencyCode cny = CurrencyCode.of("CNY");
        return new Quote(Ids.next("quo", now), tenant, "sel_1", "pavilion-cn", address, address, "", cny, cny, List.of(),
                List.of(), List.of(), Money.zero(cny), Optional.empty(), false, List.of(), List.of(), List.of(), now,
                now.plus(Duration.ofMinutes(15)));
    }

    private Optional<Quote> inDatabase(Quote quote) {
        return f.storage.withHandle(h -> new QuoteDao().find(h, quote.tenant(), quote.id()));
    }

    @Test
    void aQuoteIsReadableOnThisServerBeforeItIsWrittenAndWrittenOnStop() throws InterruptedException {
        CountingStorage blocked = new CountingStorage(f.storage);
        QuoteStore store = started(blocked, BEHIND);
        blocked.holdWrites();
        Quote quote = quote(TENANT);

        store.save(quote);

        assertThat(store.find(TENANT, quote.id())).contains(quote);
        assertThat(inDatabase(quote)).as("not written yet").isEmpty();
        blocked.releaseWrites();
        store.stop();
        assertThat(inDatabase(quote)).contains(quote);
        assertThat(store.find(TENANT, quote.id())).contains(quote);
    }

    @Test
    void anotherTenantNeverSeesAQuoteNotYetWritten() {
        QuoteStore store = started(f.storage, BEHIND);
        Quote quote = quote(TENANT);

        store.save(quote);

        assertThat(store.find(OTHER, quote.id())).isEmpty();
    }

    @Test
    void quotesQueuedMeanwhileShareOneTransactionAndStoppingWritesThemAll() throws InterruptedException {
        CountingStorage counting = new CountingStorage(f.storage);
        QuoteStore store = started(counting, BEHIND);
        counting.holdWrites();
        List<Quote> quotes = new ArrayList<>();
        quotes.add(quote(TENANT));
        store.save(quotes.get(0));
        counting.awaitHeldWrite(); // the writer is in the database with the first quote
        for (int i = 1; i < 20; i++) {
            quotes.add(quote(TENANT));
            store.save(quotes.get(i));
        }

        counting.releaseWrites();
        store.stop();

        assertThat(quotes).allSatisfy(q -> assertThat(inDatabase(q)).contains(q));
        assertThat(counting.transactions.get()).as("the first quote, then the 19 queued meanwhile together").isEqualTo(2);
    }

    @Test
    void withoutWriteBehindOrOnceStoppedEachQuoteIsWrittenBeforeSaveReturns() throws InterruptedException {
        QuoteStore direct = started(f.storage, BEHIND.withWriteBehind(Duration.ZERO));
        Quote first = quote(TENANT);
        direct.save(first);
        assertThat(inDatabase(first)).contains(first);

        QuoteStore stopped = started(f.storage, BEHIND);
        stopped.stop();
        Quote second = quote(TENANT);
        stopped.save(second);
        assertThat(inDatabase(second)).contains(second);
    }

    @Test
    void aFullQueueMakesANewQuoteWaitAndThenFailsRatherThanDroppingIt() throws Exception {
        CountingStorage blocked = new CountingStorage(f.storage);
        QuoteSettings one = new QuoteSettings(BEHIND.deadline(), BEHIND.rateCacheWindow(), BEHIND.rateCacheMaxEntries(),
                BEHIND.validity(), BEHIND.maxParcelWeight(), BEHIND.maxStackHeightMm(), BEHIND.maxCallThreads(),
                Duration.ofMillis(1), 1, BEHIND.purgeInterval(), BEHIND.retention());
        QuoteStore store = new QuoteStore(blocked, f.clock, one, Duration.ofMillis(50), QuoteStore.CROSS_NODE_GRACE);
        store.start();
        started.add(store);
        blocked.holdWrites();
        Quote first = quote(TENANT);
        store.save(first);
        blocked.awaitHeldWrite(); // the writer has the first quote and is stuck in the database
        Quote second = quote(TENANT);
        store.save(second); // fills the queue

        Quote third = quote(TENANT);
        assertThatThrownBy(() -> store.save(third)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.code()).isEqualTo(StorageException.Code.STORAGE_BUSY));
        assertThat(store.find(TENANT, third.id())).isEmpty();

        blocked.releaseWrites();
        store.stop();
        assertThat(inDatabase(first)).contains(first);
        assertThat(inDatabase(second)).contains(second);
    }

    @Test
    void anotherServerWaitsForAJustCreatedQuoteItCannotSeeYet() throws Exception {
        assertThat(new QuoteStore(f.storage, f.clock, BEHIND).crossNodeWait()).as("interval + 1 s").isEqualTo(Duration.ofSeconds(2));
        // a long grace, so a slow machine cannot end the wait before the write lands
        QuoteStore otherServer = new QuoteStore(f.storage, f.clock, BEHIND, QuoteStore.BACKPRESSURE_WAIT, Duration.ofSeconds(60));
        Quote quote = quote(TENANT);
        CompletableFuture<Optional<Quote>> order = CompletableFuture.supplyAsync(() -> otherServer.find(TENANT, quote.id()));

        new QuoteStore(f.storage, f.clock, BEHIND).save(quote); // the first server's write lands

        assertThat(order.get(60, TimeUnit.SECONDS)).contains(quote);
    }

    @Test
    void anOldQuoteIdThatIsNotFoundIsNotWaitedFor() {
        QuoteStore store = started(f.storage, BEHIND);
        String old = Ids.next("quo", f.clock.instant().minus(Duration.ofMinutes(1)));

        assertThat(store.find(TENANT, old)).isEmpty();
    }

    /** A storage that counts write transactions and can hold them until released. Thread-safe. */
    private static final class CountingStorage extends GatedStorage {
        private final AtomicInteger transactions = new AtomicInteger();

        CountingStorage(Storage delegate) {
            super(delegate);
        }

        @Override
        public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
            return super.inTransaction(h -> {
                transactions.incrementAndGet();
                return callback.withHandle(h);
            });
        }
    }
}
