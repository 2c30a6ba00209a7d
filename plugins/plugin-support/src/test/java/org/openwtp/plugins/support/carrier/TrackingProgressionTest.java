package org.openwtp.plugins.support.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.sdk.carrier.TrackingStatus.CANCELLED;
import static org.openwtp.sdk.carrier.TrackingStatus.CUSTOMS;
import static org.openwtp.sdk.carrier.TrackingStatus.DELIVERED;
import static org.openwtp.sdk.carrier.TrackingStatus.EXCEPTION;
import static org.openwtp.sdk.carrier.TrackingStatus.IN_TRANSIT;
import static org.openwtp.sdk.carrier.TrackingStatus.LABEL_CREATED;
import static org.openwtp.sdk.carrier.TrackingStatus.OUT_FOR_DELIVERY;
import static org.openwtp.sdk.carrier.TrackingStatus.PICKED_UP;
import static org.openwtp.sdk.carrier.TrackingStatus.RETURNED;

import org.junit.jupiter.api.Test;

class TrackingProgressionTest {

    @Test
    void movesForwardAlongTheMainLineSkippingStepsIsAllowed() {
        assertThat(TrackingProgression.accepts(LABEL_CREATED, LABEL_CREATED, PICKED_UP)).isTrue();
        assertThat(TrackingProgression.accepts(PICKED_UP, PICKED_UP, CUSTOMS)).isTrue();
        assertThat(TrackingProgression.accepts(CUSTOMS, CUSTOMS, DELIVERED)).isTrue();
    }

    @Test
    void neverMovesBackOrRepeats() {
        assertThat(TrackingProgression.accepts(OUT_FOR_DELIVERY, OUT_FOR_DELIVERY, IN_TRANSIT)).isFalse();
        assertThat(TrackingProgression.accepts(IN_TRANSIT, IN_TRANSIT, IN_TRANSIT)).isFalse();
        assertThat(TrackingProgression.accepts(PICKED_UP, PICKED_UP, LABEL_CREATED)).isFalse();
    }

    @Test
    void nothingFollowsAFinalStatus() {
        for (var next : new org.openwtp.sdk.carrier.TrackingStatus[] {IN_TRANSIT, EXCEPTION, RETURNED, DELIVERED}) {
            assertThat(TrackingProgression.accepts(DELIVERED, DELIVERED, next)).isFalse();
            assertThat(TrackingProgression.accepts(CANCELLED, LABEL_CREATED, next)).isFalse();
        }
    }

    @Test
    void anExceptionMayResumeAtTheStageReachedButNotBefore() {
        assertThat(TrackingProgression.accepts(IN_TRANSIT, IN_TRANSIT, EXCEPTION)).isTrue();
        assertThat(TrackingProgression.accepts(EXCEPTION, IN_TRANSIT, IN_TRANSIT)).isTrue();
        assertThat(TrackingProgression.accepts(EXCEPTION, IN_TRANSIT, PICKED_UP)).isFalse();
        assertThat(TrackingProgression.furthestAfter(IN_TRANSIT, EXCEPTION)).isEqualTo(IN_TRANSIT);
    }

    @Test
    void cancelOnlyBeforePickUpAndReturnOnlyAfter() {
        assertThat(TrackingProgression.accepts(LABEL_CREATED, LABEL_CREATED, CANCELLED)).isTrue();
        assertThat(TrackingProgression.accepts(PICKED_UP, PICKED_UP, CANCELLED)).isFalse();
        assertThat(TrackingProgression.accepts(LABEL_CREATED, LABEL_CREATED, RETURNED)).isFalse();
        assertThat(TrackingProgression.accepts(EXCEPTION, IN_TRANSIT, RETURNED)).isTrue();
    }
}
