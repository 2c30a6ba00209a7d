package org.openwtp.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The read-through cache: hits, expiry, bound, invalidation, and no caching of a read that raced a write. */
class ReadThroughCacheTest {

    private record Key(String tenant, String id) {
    }

    private final AtomicLong nanos = new AtomicLong();
    private final ReadThroughCache<Key, String> cache = new ReadThroughCache<>(Duration.ofSeconds(2), 3, nanos::get);
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> read(String tenant, String id, String stored) {
        return cache.get(new Key(tenant, id), () -> {
            loads.incrementAndGet();
            return Optional.ofNullable(stored);
        });
    }

    @Test
    void aValueIsLoadedOnceAndServedUntilItsTtlEnds() {
        assertThat(read("a", "1", "v1")).contains("v1");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos() - 1);
        assertThat(read("a", "1", "v2")).contains("v1");
        assertThat(loads).hasValue(1);

        nanos.addAndGet(1);
        assertThat(read("a", "1", "v2")).contains("v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void absentValuesAreNotCached() {
        assertThat(read("a", "1", null)).isEmpty();
        assertThat(read("a", "1", "created")).contains("created");
    }

    @Test
    void anInvalidatedKeyIsLoadedAgainAtOnceAndOthersStay() {
        read("a", "1", "v1");
        read("a", "2", "w1");

        cache.invalidate(new Key("a", "1"));

        assertThat(read("a", "1", "v2")).contains("v2");
        assertThat(read("a", "2", "w2")).contains("w1");
    }

    @Test
    void aReadThatRacedAWriteIsReturnedButNotCached() {
        Optional<String> raced = cache.get(new Key("a", "1"), () -> {
            cache.invalidate(new Key("a", "1")); // the write commits while the old row is being read
            return Optional.of("old");
        });

        assertThat(raced).contains("old");
        assertThat(cache.get(new Key("a", "1"))).isEmpty();
        assertThat(read("a", "1", "new")).contains("new");
        assertThat(cache.get(new Key("a", "1"))).contains("new");
    }

    @Test
    void keysAreInvalidatedByPredicate() {
        read("a", "1", "v");
        read("b", "1", "w");

        cache.invalidateEntriesIf((k, v) -> k.tenant().equals("a"));

        assertThat(cache.get(new Key("a", "1"))).isEmpty();
        assertThat(cache.get(new Key("b", "1"))).contains("w");
    }

    @Test
    void whenFullItStartsOver() {
        read("a", "1", "v");
        read("a", "2", "v");
        read("a", "3", "v");
        read("a", "4", "v");

        assertThat(cache.get(new Key("a", "1"))).isEmpty();
        assertThat(cache.get(new Key("a", "4"))).contains("v");
    }

    @Test
    void aZeroTtlOrSizeCachesNothingAndNegativesAreRefused() {
        ReadThroughCache<Key, String> off = new ReadThroughCache<>(Duration.ZERO, 10, nanos::get);
        off.get(new Key("a", "1"), () -> Optional.of("v"));
        assertThat(off.get(new Key("a", "1"))).isEmpty();

        assertThatThrownBy(() -> new ReadThroughCache<Key, String>(Duration.ofSeconds(-1), 10, nanos::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }
}
