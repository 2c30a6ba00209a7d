package org.openwtp.core.http.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionException;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.store.StorageException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises a storage outage anywhere in a failure's causes and turns it into a 503 problem with
 * {@code Retry-After}, so a client retries instead of reporting a bug: {@code storage_busy} when the database
 * is overloaded (the SQLite writer busy past its wait, a database lock held past the busy timeout, no pooled
 * connection free in time, PostgreSQL out of connections) and {@code storage_unavailable} when it cannot be
 * reached (a connection cannot be opened, the storage is closed). The codes are those the tenant API already
 * uses. Other storage errors (a constraint, bad SQL) stay 500: they are bugs. Stateless.
 */
final class StorageOutages {

    private static final ErrorCode BUSY = ErrorCode.of("storage_busy", "Storage unavailable", 503);
    private static final ErrorCode UNAVAILABLE = ErrorCode.of("storage_unavailable", "Storage unavailable", 503);

    private static final int MAX_CAUSES = 32;

    private StorageOutages() {
    }

    /**
     * @param problem a problem about to be answered
     * @return whether it reports a storage outage (from here or from a feature's own mapping)
     */
    static boolean isOutage(ApiException problem) {
        String code = problem.code().code();
        return code.equals(BUSY.code()) || code.equals(UNAVAILABLE.code());
    }

    /**
     * @param failure what a handler threw
     * @return the 503 problem if the failure is a storage outage
     */
    static Optional<ApiException> toApi(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause() == t ? null : t.getCause()) {
            Optional<ErrorCode> code = classify(t);
            if (code.isPresent()) {
                boolean busy = code.get() == BUSY;
                return Optional.of(new ApiException(code.get(), busy
                        ? "the database is busy; retry shortly"
                        : "the database cannot be reached; retry shortly")
                        .withHeader("Retry-After", busy ? "1" : "5").withCause(failure));
            }
        }
        return Optional.empty();
    }

    private static Optional<ErrorCode> classify(Throwable t) {
        if (t instanceof StorageException s) {
            return Optional.of(s.code() == StorageException.Code.STORAGE_BUSY ? BUSY : UNAVAILABLE);
        }
        if (t instanceof SQLTransientConnectionException) { // the pool had no connection free in time
            return Optional.of(BUSY);
        }
        if (t instanceof SQLiteException s) {
            SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(s.getResultCode().code & 0xff);
            return primary == SQLiteErrorCode.SQLITE_BUSY || primary == SQLiteErrorCode.SQLITE_LOCKED
                    ? Optional.of(BUSY) : primary == SQLiteErrorCode.SQLITE_CANTOPEN ? Optional.of(UNAVAILABLE) : Optional.empty();
        }
        if (t instanceof SQLNonTransientConnectionException) {
            return Optional.of(UNAVAILABLE);
        }
        if (t instanceof SQLException s && s.getSQLState() != null) {
            String state = s.getSQLState().toUpperCase(Locale.ROOT);
            if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                return Optional.of(UNAVAILABLE); // connection exception; server shutting down or not yet accepting
            }
            if (state.startsWith("53")) {
                return Optional.of(BUSY); // insufficient resources, e.g. 53300 too many connections
            }
        }
        if (t instanceof ConnectionException && !(t.getCause() instanceof SQLTransientConnectionException)) {
            return Optional.of(UNAVAILABLE); // Jdbi could not open a connection
        }
        return Optional.empty();
    }
}
