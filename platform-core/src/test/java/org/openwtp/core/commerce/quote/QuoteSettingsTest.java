package org.openwtp.core.commerce.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The purge settings: an interval that is positive, a retention that may be zero but never negative. */
class QuoteSettingsTest {

    private static final QuoteSettings DEFAULTS = QuoteSettings.defaults();

    @Test
    void expiredQuotesAreKeptSevenDaysAndPurgedEveryMinuteByDefault() {
        assertThat(DEFAULTS.purgeInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aZeroRetentionIsAcceptedANegativeOneIsNot() {
        assertThat(DEFAULTS.withPurge(Duration.ofSeconds(5), Duration.ZERO).retention()).isZero();
        assertThatThrownBy(() -> DEFAULTS.withPurge(Duration.ofSeconds(5), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("retention must not be negative, was PT-1S");
        assertThatThrownBy(() -> DEFAULTS.withPurge(Duration.ofSeconds(5), null))
                .isInstanceOf(NullPointerException.class).hasMessage("retention");
    }

    @Test
    void thePurgeIntervalMustBePositive() {
        assertThatThrownBy(() -> DEFAULTS.withPurge(Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("purgeInterval must be positive, was PT0S");
    }
}
