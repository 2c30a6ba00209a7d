package org.openwtp.core.store;

import java.util.Objects;

/**
 * A storage failure a caller can act on, with a stable code the HTTP layer maps to a problem response.
 * Thread-safe (immutable).
 */
public final class StorageException extends RuntimeException {

    /** Stable codes of storage failures. */
    public enum Code {
        /** The SQLite writer stayed busy longer than the configured wait: the server is overloaded. */
        STORAGE_BUSY,
        /** The database cannot be reached or opened. */
        STORAGE_UNAVAILABLE,
        /** Migrating the schema failed. */
        MIGRATION_FAILED
    }

    private final Code code;

    /**
     * A storage failure.
     *
     * @param code    the stable code
     * @param message what happened and what to do
     * @param cause   the underlying failure, may be null
     */
    public StorageException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code must not be null");
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public Code code() {
        return code;
    }
}
