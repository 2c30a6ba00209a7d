package org.openwtp.core.commerce.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * How payment calls and reconciliation run.
 *
 * @param callTimeout      deadline of one provider call; past it the outcome is UNKNOWN
 * @param answerGrace      how long a call may stay REQUESTED (its answer not applied) before the reconciler
 *                         treats the answer as lost; longer than {@code callTimeout}
 * @param firstCheck       wait before the first reconciliation of a PENDING or UNKNOWN outcome
 * @param maxCheckInterval the longest wait between two reconciliations (the wait doubles up to it)
 * @param pollInterval     how often the background reconciler looks for due checks
 * @param batchSize        checks per round, at most
 */
public record PaymentSettings(Duration callTimeout, Duration answerGrace, Duration firstCheck, Duration maxCheckInterval,
                              Duration pollInterval, int batchSize) {

    /** Validates the settings. */
    public PaymentSettings {
        Objects.requireNonNull(callTimeout, "callTimeout must not be null");
        Objects.requireNonNull(answerGrace, "answerGrace must not be null");
        Objects.requireNonNull(firstCheck, "firstCheck must not be null");
        Objects.requireNonNull(maxCheckInterval, "maxCheckInterval must not be null");
        Objects.requireNonNull(pollInterval, "pollInterval must not be null");
        if (answerGrace.compareTo(callTimeout) <= 0) {
            throw new IllegalArgumentException("answerGrace must be longer than callTimeout");
        }
        if (firstCheck.isNegative() || firstCheck.isZero() || maxCheckInterval.compareTo(firstCheck) < 0) {
            throw new IllegalArgumentException("firstCheck must be positive and maxCheckInterval at least firstCheck");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }

    /**
     * 10 s calls, 2 min grace, first check after 10 s doubling to 15 min, polled every 5 s, 100 per round.
     *
     * @return the defaults
     */
    public static PaymentSettings defaults() {
        return new PaymentSettings(Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ofMinutes(15),
                Duration.ofSeconds(5), 100);
    }

    /**
     * @param attempts checks made so far
     * @return the wait before the next check
     */
    public Duration checkAfter(int attempts) {
        Duration wait = firstCheck.multipliedBy(1L << Math.max(0, Math.min(attempts, 20)));
        return wait.compareTo(maxCheckInterval) > 0 ? maxCheckInterval : wait;
    }
}
