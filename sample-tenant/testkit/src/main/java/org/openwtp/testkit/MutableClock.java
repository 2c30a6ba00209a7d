package org.openwtp.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it: for dispute windows, authorization expiries
 * and deadlines. Thread-safe; clocks derived with {@link #withZone} share the same time.
 */
public final class MutableClock extends Clock {
    /**
     * The instant a {@link TestingPluginContext} starts at unless told otherwise: a fixed recent date,
     * so that rules with a start date (such as the EAEU e-commerce regime from 1 July 2026) are tested
     * as they apply today. Tests about another date set their own clock.
     */
    public static final Instant DEFAULT_START = Instant.parse("2026-12-01T09:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock standing at an instant, in UTC.
     *
     * @param start the initial time
     * @return the clock
     */
    public static MutableClock at(Instant start) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start must not be null")), ZoneOffset.UTC);
    }

    /**
     * A clock standing at an ISO-8601 instant such as {@code 2026-03-02T09:00:00Z}.
     *
     * @param start the initial time
     * @return the clock
     */
    public static MutableClock at(String start) {
        return at(Instant.parse(start));
    }

    /**
     * A clock standing at {@link #DEFAULT_START}.
     *
     * @return the clock
     */
    public static MutableClock standard() {
        return at(DEFAULT_START);
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far
     * @return the new time
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration must not be null");
        return now.updateAndGet(t -> t.plus(duration));
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant must not be null"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public MutableClock withZone(ZoneId zone) {
        return new MutableClock(now, Objects.requireNonNull(zone, "zone must not be null"));
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
