package org.openwtp.core.plugin;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.context.IdempotencyKey;

/**
 * How one call into a plugin runs: on which thread, under which deadline, with which idempotency key.
 *
 * @param path           {@link CallPath#CALLER_THREAD} for cheap in-memory calls, {@link CallPath#EXECUTOR}
 *                       for anything that may block (network, disk), so an overrun can be cut off
 * @param timeout        the deadline, from the start of the call
 * @param idempotencyKey the key of a mutating call, empty for reads
 */
public record CallOptions(CallPath path, Duration timeout, Optional<IdempotencyKey> idempotencyKey) {

    /** Validates the options. */
    public CallOptions {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null (use Optional.empty())");
    }

    /**
     * A cheap call run on the caller's thread; the deadline is passed to the plugin but cannot cut it off.
     *
     * @param timeout the deadline the plugin sees
     * @return the options
     */
    public static CallOptions onCallerThread(Duration timeout) {
        return new CallOptions(CallPath.CALLER_THREAD, timeout, Optional.empty());
    }

    /**
     * A call that may block, run on the runtime's bounded executor and abandoned when it overruns.
     *
     * @param timeout the deadline
     * @return the options
     */
    public static CallOptions onExecutor(Duration timeout) {
        return new CallOptions(CallPath.EXECUTOR, timeout, Optional.empty());
    }

    /**
     * A copy for a mutating call.
     *
     * @param key the idempotency key the plugin sees
     * @return the new options
     */
    public CallOptions withIdempotencyKey(IdempotencyKey key) {
        return new CallOptions(path, timeout, Optional.of(Objects.requireNonNull(key, "key must not be null")));
    }

    /** Which thread runs a call. */
    public enum CallPath {
        /** The caller's thread: no hand-off cost, no cut-off. */
        CALLER_THREAD,
        /** The runtime's bounded executor: the caller stops waiting at the deadline. */
        EXECUTOR
    }
}
