package org.openwtp.core.commerce.quote.internal;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.store.Dialect;
import org.openwtp.sdk.context.TenantId;

/**
 * Deleting quotes that expired before a cutoff from the {@code quotes} table, one tenant and one bounded batch at a
 * time, so each statement walks the index {@code quotes_by_expiry (tenant_id, expires_at)} and each write transaction
 * stays short. Stateless and thread-safe.
 */
final class ExpiredQuotes {

    /**
     * SQLite: the batch is picked by rowid from the index (which holds the rowid), then deleted by rowid; no table
     * lookup to pick it.
     */
    private static final String DELETE_BATCH_SQLITE = "DELETE FROM quotes WHERE rowid IN (SELECT rowid FROM quotes"
            + " WHERE tenant_id = :tenant AND expires_at < :cutoff LIMIT :limit)";
    /**
     * PostgreSQL: rows another server is deleting at the same moment are skipped rather than waited for, so servers
     * purging together never queue behind each other. The batch is picked once in a materialised CTE: as an
     * {@code IN (SELECT ... LIMIT)} sub-query the planner may run it again and each run skip-locks other rows, so one
     * statement deleted more than its limit.
     */
    private static final String DELETE_BATCH_POSTGRES = "WITH batch AS MATERIALIZED (SELECT quote_id FROM quotes"
            + " WHERE tenant_id = :tenant AND expires_at < :cutoff LIMIT :limit FOR UPDATE SKIP LOCKED)"
            + " DELETE FROM quotes q USING batch WHERE q.tenant_id = :tenant AND q.quote_id = batch.quote_id";

    private ExpiredQuotes() {
    }

    /**
     * Every tenant, from the small {@code tenants} table (a quote always belongs to one: deleting a tenant deletes its
     * quotes), rather than a scan of the quotes for their distinct tenants.
     *
     * @param h the handle
     * @return the tenants, in id order
     */
    static List<TenantId> tenants(Handle h) {
        return h.createQuery("SELECT tenant_id FROM tenants ORDER BY tenant_id").mapTo(String.class).map(TenantId::of).list();
    }

    /**
     * Whether a tenant has a quote that expired before the cutoff: one index probe on a reader, so a round opens a
     * write transaction (on SQLite, the single writer) only for tenants with something to delete.
     *
     * @param h      a handle
     * @param tenant the tenant
     * @param cutoff as for {@link #deleteBatch}
     * @return true when {@link #deleteBatch} would delete something
     */
    static boolean anyExpired(Handle h, TenantId tenant, Instant cutoff) {
        return h.createQuery("SELECT 1 FROM quotes WHERE tenant_id = :tenant AND expires_at < :cutoff LIMIT 1")
                .bind("tenant", tenant.value()).bind("cutoff", cutoff.toEpochMilli()).mapTo(Integer.class).findOne().isPresent();
    }

    /**
     * Deletes at most {@code limit} quotes of a tenant that expired strictly before the cutoff.
     *
     * @param h       a handle in a write transaction
     * @param dialect the database
     * @param tenant  the tenant
     * @param cutoff  quotes that expired before this instant go; one that expired exactly at it stays
     * @param limit   most rows deleted
     * @return how many were deleted
     */
    static int deleteBatch(Handle h, Dialect dialect, TenantId tenant, Instant cutoff, int limit) {
        return h.createUpdate(deleteBatchSql(dialect)).bind("tenant", tenant.value()).bind("cutoff", cutoff.toEpochMilli())
                .bind("limit", limit).execute();
    }

    /** @param dialect the database; @return the statement of {@link #deleteBatch} (tests read its plan) */
    static String deleteBatchSql(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? DELETE_BATCH_POSTGRES : DELETE_BATCH_SQLITE;
    }
}
