package org.openwtp.core.commerce.quote.internal;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.openwtp.core.commerce.internal.CommerceJson;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.sdk.context.TenantId;

/** The {@code quotes} table. Every statement filters on the tenant. Stateless and thread-safe. */
public final class QuoteDao {

    /**
     * Stores a quote.
     *
     * @param h     the handle
     * @param quote the quote
     */
    public void insert(Handle h, Quote quote) {
        insertAll(h, List.of(quote));
    }

    /**
     * Stores quotes with one prepared statement executed as a batch (a group commit's quotes: Jdbi's per-statement
     * work once, not once per quote). The body is ASCII JSON ({@link CommerceJson#writeAscii}).
     *
     * @param h      the handle
     * @param quotes the quotes
     */
    public void insertAll(Handle h, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = h.prepareBatch("INSERT INTO quotes (tenant_id, quote_id, seller_id, body, created_at,"
                + " expires_at) VALUES (:tenant, :id, :seller, :body, :created, :expires)")) {
            for (Quote quote : quotes) {
                batch.bind("tenant", quote.tenant().value()).bind("id", quote.id()).bind("seller", quote.sellerId())
                        .bind("body", CommerceJson.writeAscii(quote)).bind("created", quote.createdAt().toEpochMilli())
                        .bind("expires", quote.expiresAt().toEpochMilli())
                        .add();
            }
            batch.execute();
        }
    }

    /**
     * One quote of a tenant.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param id     the quote id
     * @return the quote, or empty
     */
    public Optional<Quote> find(Handle h, TenantId tenant, String id) {
        return h.createQuery("SELECT body FROM quotes WHERE tenant_id = :tenant AND quote_id = :id")
                .bind("tenant", tenant.value()).bind("id", id).mapTo(String.class).findOne()
                .map(body -> CommerceJson.read(body, Quote.class));
    }
}
