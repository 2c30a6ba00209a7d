package org.openwtp.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Ids carry their creation time in their first twelve hex digits, so ids of one prefix sort by it. */
class IdsTest {

    @Test
    void idIsPrefixTwelveTimeDigitsAndSixteenRandomDigits() {
        String id = Ids.next("quo", Instant.ofEpochMilli(0x0190_a1b2_c3d4L));

        assertThat(id).startsWith("quo_0190a1b2c3d4").hasSize(4 + 28);
        assertThat(Ids.looksLike("quo", id)).isTrue();
    }

    @Test
    void timeDigitsAreZeroPaddedAndKeepOnlyFortyEightBits() {
        assertThat(Ids.next("ord", Instant.ofEpochMilli(0x1F))).startsWith("ord_00000000001f");
        assertThat(Ids.next("ord", Instant.ofEpochMilli(0x7_0000_0000_0001L))).startsWith("ord_000000000001");
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        String earlier = Ids.next("prd", Instant.parse("2026-11-29T10:00:00Z"));
        String later = Ids.next("prd", Instant.parse("2026-11-29T10:00:00.001Z"));

        assertThat(later).isGreaterThan(earlier);
    }
}
