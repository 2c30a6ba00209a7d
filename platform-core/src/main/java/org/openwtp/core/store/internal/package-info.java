/** Storage engines (SQLite single writer, PostgreSQL pool), migrations and the key-value store; not for other features. */
package org.openwtp.core.store.internal;
