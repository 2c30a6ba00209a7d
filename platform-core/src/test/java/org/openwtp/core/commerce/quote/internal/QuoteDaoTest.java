package org.openwtp.core.commerce.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.commerce.testing.CommerceFixture.TENANT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.commerce.internal.CommerceJson;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.testing.CommerceFixture;
import org.openwtp.core.store.Backend;

/**
 * A group commit's quotes go in as one batch and each reads back equal, with its body stored as ASCII; on SQLite and,
 * when configured, PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class QuoteDaoTest {

    private final Backend backend;
    @TempDir
    Path tempDir;
    private CommerceFixture f;
    private final QuoteDao dao = new QuoteDao();

    QuoteDaoTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new CommerceFixture(backend, tempDir);
    }

    @AfterEach
    void close() {
        if (f != null) { // null when PostgreSQL is not configured and the case was skipped
            f.close();
        }
    }

    /** A quote the quote benchmark's real plugins produced; its pavilion charges hold a non-ASCII character. */
    private static Quote storedQuote() throws IOException {
        try (InputStream in = CommerceJson.class.getResourceAsStream("stored-quote.json")) {
            return CommerceJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Quote.class);
        }
    }

    private static Quote withId(Quote q, String id) {
        return new Quote(id, TENANT, q.sellerId(), q.sellerPavilionId(), q.shipFrom(), q.shipTo(), q.buyerReference(),
                q.sellerCurrency(), q.buyerCurrency(), q.items(), q.parcels(), q.customsItems(), q.goods(), q.destinationPavilionId(),
                q.dutiesEstimated(), q.options(), q.fxRates(), q.warnings(), q.createdAt(), q.expiresAt());
    }

    @Test
    void aBatchOfQuotesIsStoredAndEachReadsBackEqual() throws IOException {
        Quote stored = storedQuote();
        List<Quote> quotes = IntStream.range(0, 3).mapToObj(i -> withId(stored, "quo_batch_" + i)).toList();

        f.storage.useTransaction(h -> dao.insertAll(h, quotes));

        for (Quote quote : quotes) {
            Optional<Quote> read = f.storage.withHandle(h -> dao.find(h, TENANT, quote.id()));
            assertThat(read).contains(quote);
        }
        String body = f.storage.withHandle(h -> h.createQuery("SELECT body FROM quotes WHERE quote_id = :id")
                .bind("id", quotes.get(0).id()).mapTo(String.class).one());
        assertThat(body).contains("\\u00D7").doesNotContain("×");
    }

    @Test
    void anEmptyBatchWritesNothing() {
        f.storage.useTransaction(h -> dao.insertAll(h, List.of()));

        int rows = f.storage.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quotes").mapTo(Integer.class).one());
        assertThat(rows).isZero();
    }
}
