package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    @Test
    void standsStillUntilMoved() {
        MutableClock clock = MutableClock.at("2026-07-01T00:00:00Z");
        assertThat(clock.instant()).isEqualTo(clock.instant()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(clock.advance(Duration.ofDays(14))).isEqualTo(Instant.parse("2026-07-15T00:00:00Z"));
        clock.set(Instant.EPOCH);
        assertThat(clock.millis()).isZero();
    }

    @Test
    void zonedCopiesShareTheTime() {
        MutableClock clock = MutableClock.standard();
        MutableClock moscow = clock.withZone(ZoneId.of("Europe/Moscow"));
        clock.advance(Duration.ofHours(1));
        assertThat(moscow.instant()).isEqualTo(MutableClock.DEFAULT_START.plusSeconds(3600));
        assertThat(moscow.getZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }
}
