package org.openwtp.core.plugin.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * A circuit for one (tenant, plugin): after {@code threshold} consecutive failures it refuses calls for
 * {@code openFor}, then lets one trial call through; a success closes it, a failure opens it again.
 * Thread-safe; the path of a healthy plugin reads two volatile fields and takes no lock.
 */
final class CircuitBreaker {

    private final int threshold;
    private final long openForMillis;
    private final Clock clock;

    private volatile boolean closed = true;
    private volatile int consecutiveFailures;
    private long openUntilMillis;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openForMillis = openFor.toMillis();
        this.clock = clock;
    }

    /** @return true if a call may proceed; then exactly one of {@link #onSuccess}/{@link #onFailure} must follow */
    boolean tryAcquire() {
        return closed || tryAcquireWhileOpen();
    }

    private synchronized boolean tryAcquireWhileOpen() {
        if (closed) {
            return true;
        }
        if (trialInFlight || clock.millis() < openUntilMillis) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    void onSuccess() {
        if (!closed || consecutiveFailures != 0) {
            reset();
        }
    }

    private synchronized void reset() {
        consecutiveFailures = 0;
        trialInFlight = false;
        closed = true;
    }

    synchronized void onFailure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= threshold) {
            trialInFlight = false;
            closed = false;
            openUntilMillis = clock.millis() + openForMillis;
        }
    }

    /** Releases an acquired call that never reached the plugin (e.g. the executor was full). */
    synchronized void release() {
        trialInFlight = false;
    }

    boolean isOpen() {
        return !closed;
    }
}
