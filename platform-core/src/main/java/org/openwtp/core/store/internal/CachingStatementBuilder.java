package org.openwtp.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the SQLite writer's prepared statements open between uses, as a raw JDBC caller would, instead of
 * preparing each statement anew: on the writer the per-statement prepare is a large share of a small
 * write's cost. One instance belongs to one connection and is used under the writer lock only, so it is
 * not thread-safe. A statement still in use (a result being read while the same SQL runs again) gets an
 * uncached copy; statements come back with their parameters and limits reset.
 */
final class CachingStatementBuilder extends DefaultStatementBuilder {

    private static final int MAX_CACHED = 128;

    private final Map<String, PreparedStatement> cache = new LinkedHashMap<>(MAX_CACHED, 0.75f, true);
    private final Set<Statement> inUse = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(conn, sql, ctx);
        }
        PreparedStatement cached = cache.get(sql);
        if (cached != null && !cached.isClosed()) {
            if (inUse.contains(cached)) {
                return super.create(conn, sql, ctx);
            }
            inUse.add(cached);
            return cached;
        }
        PreparedStatement fresh = super.create(conn, sql, ctx);
        cache.put(sql, fresh);
        inUse.add(fresh);
        evictEldest();
        return fresh;
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        if (stmt != null && cache.get(sql) == stmt && inUse.remove(stmt)) {
            PreparedStatement cached = (PreparedStatement) stmt;
            try {
                cached.clearParameters();
                cached.setMaxRows(0);
                cached.setFetchSize(0);
                cached.setQueryTimeout(0);
            } catch (SQLException e) {
                cache.remove(sql);
                super.close(conn, sql, stmt);
            }
            return;
        }
        super.close(conn, sql, stmt);
    }

    @Override
    public void close(Connection conn) {
        List<PreparedStatement> all = new ArrayList<>(cache.values());
        cache.clear();
        inUse.clear();
        for (PreparedStatement statement : all) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection is closing anyway
            }
        }
    }

    private void evictEldest() throws SQLException {
        while (cache.size() > MAX_CACHED) {
            Map.Entry<String, PreparedStatement> eldest = cache.entrySet().iterator().next();
            cache.remove(eldest.getKey());
            if (!inUse.contains(eldest.getValue())) {
                eldest.getValue().close();
            }
        }
    }
}
