package org.openwtp.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The upper bound of a key prefix's range in code point order, which lets a listing use the primary key. */
class KeyPrefixRangeTest {

    @Test
    void theSuccessorIncrementsTheLastCodePoint() {
        assertThat(JdbiKeyValueStore.successor("cbec/2026/")).contains("cbec/20260");
        assertThat(JdbiKeyValueStore.successor("é")).contains("ê");
        assertThat(JdbiKeyValueStore.successor("k\uD7FF")).contains("k\uE000"); // over the surrogate range
        assertThat(JdbiKeyValueStore.successor("k\uFFFF")).contains("k" + Character.toString(0x10000));
        assertThat(JdbiKeyValueStore.successor("k" + Character.toString(0x1F600))).contains("k" + Character.toString(0x1F601));
    }

    @Test
    void withoutASuccessorTheRangeHasNoUpperBound() {
        assertThat(JdbiKeyValueStore.successor("")).isEmpty();
        assertThat(JdbiKeyValueStore.successor(Character.toString(Character.MAX_CODE_POINT))).isEmpty();
        assertThat(JdbiKeyValueStore.successor("a" + Character.toString(Character.MAX_CODE_POINT))).contains("b");
        assertThat(JdbiKeyValueStore.successor("a\uD800")).isEmpty(); // a lone surrogate
    }
}
