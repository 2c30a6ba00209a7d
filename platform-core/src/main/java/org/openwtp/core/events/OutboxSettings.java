package org.openwtp.core.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox dispatcher runs.
 *
 * @param pollInterval   how often the background dispatcher looks for work
 * @param batchSize      events fanned out and deliveries attempted per round, at most
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff     the longest wait between attempts (deliveries are retried forever, at this pace)
 * @param lease          how long a claimed delivery stays reserved to one dispatcher (a node that dies
 *                       mid-delivery releases it when the lease ends)
 * @param callTimeout    deadline of one webhook POST or one listener call
 */
public record OutboxSettings(Duration pollInterval, int batchSize, Duration initialBackoff, Duration maxBackoff,
                             Duration lease, Duration callTimeout) {

    /** Validates the settings. */
    public OutboxSettings {
        Objects.requireNonNull(pollInterval, "pollInterval must not be null");
        Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
        Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
        Objects.requireNonNull(lease, "lease must not be null");
        Objects.requireNonNull(callTimeout, "callTimeout must not be null");
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batchSize must be from 1 to 1000, was " + batchSize);
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || initialBackoff.isNegative() || initialBackoff.isZero()
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("pollInterval and initialBackoff must be positive and maxBackoff at least initialBackoff");
        }
        if (lease.compareTo(callTimeout) <= 0) {
            throw new IllegalArgumentException("lease (" + lease + ") must be longer than callTimeout (" + callTimeout + ")");
        }
    }

    /**
     * The defaults: poll every 500 ms, 100 per round, back off from 10 s doubling to 1 h, 60 s lease, 10 s calls.
     *
     * @return the settings
     */
    public static OutboxSettings defaults() {
        return new OutboxSettings(Duration.ofMillis(500), 100, Duration.ofSeconds(10), Duration.ofHours(1),
                Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    /**
     * The wait after a failed attempt.
     *
     * @param attempts attempts made so far, at least 1
     * @return {@code initialBackoff * 2^(attempts-1)}, at most {@code maxBackoff}
     */
    public Duration backoffAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = initialBackoff.multipliedBy(1L << exponent);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
