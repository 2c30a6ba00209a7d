package org.openwtp.core.store;

/** The databases the storage suites run against: SQLite always, PostgreSQL when one is configured and reachable. */
public enum Backend {
    /** A fresh SQLite file in a temporary directory. */
    SQLITE,
    /** A fresh schema in the PostgreSQL named by {@code OPENWTP_TEST_POSTGRES_URL}; skipped when unset or unreachable. */
    POSTGRESQL
}
