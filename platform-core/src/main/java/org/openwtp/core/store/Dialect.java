package org.openwtp.core.store;

/** The database behind a {@link Storage}. Migrations and DAOs are written to work on both. */
public enum Dialect {
    /** One embedded SQLite file in WAL mode, written by a single serialised connection. */
    SQLITE,
    /** A PostgreSQL server (or a compatible engine), reached through a connection pool. */
    POSTGRESQL
}
