/**
 * Storage: Jdbi over one SQLite file (default) or PostgreSQL, Flyway migrations, and the one write path
 * every feature uses ({@link org.openwtp.core.store.Storage#inTransaction}). On SQLite all writes go through
 * a single serialised writer connection so concurrent request threads never see a lock error.
 */
package org.openwtp.core.store;
