package org.openwtp.core.store;

/**
 * How hard SQLite flushes on commit (its {@code synchronous} pragma), set by {@code storage.sqlite.synchronous}.
 */
public enum SqliteSynchronous {
    /** Every commit is fsynced: an acknowledged write survives a process kill and a power loss. The default. */
    FULL,
    /**
     * In WAL mode a commit survives a process kill but the last commits may be lost on power loss or an OS
     * crash; faster. Only for hosts that accept that.
     */
    NORMAL
}
