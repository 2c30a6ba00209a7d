package org.openwtp.sdk.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"silk-road-hub", "a", "0", "sample", "tenant-42"})
    void acceptsLowerCaseSlugs(String slug) {
        assertThat(TenantId.of(slug)).hasToString(slug);
    }

    @Test
    void acceptsSixtyThreeCharactersButNotSixtyFour() {
        assertThat(TenantId.of("a".repeat(63)).value()).hasSize(63);
        assertThatThrownBy(() -> TenantId.of("a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Silk", "-hub", "hub-", "silk_road", "silk road", "хаб"})
    void refusesOtherSlugsSayingWhatIsAccepted(String slug) {
        assertThatThrownBy(() -> TenantId.of(slug))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenant id '" + slug + "' is not accepted: use 1 to 63 lower-case letters, digits and dashes, "
                        + "not starting or ending with a dash");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> TenantId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("tenant id must not be null");
    }
}
