package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryKeyValueStoreTest {
    private final InMemoryKeyValueStore store = new InMemoryKeyValueStore();

    @Test
    void putGetAndDelete() {
        assertThat(store.get("a")).isEmpty();
        store.put("a", "1");
        store.put("a", "2");
        assertThat(store.get("a")).contains("2");
        assertThat(store.delete("a")).isTrue();
        assertThat(store.delete("a")).isFalse();
    }

    @Test
    void putIfAbsentWritesOnlyOnce() {
        assertThat(store.putIfAbsent("a", "1")).isTrue();
        assertThat(store.putIfAbsent("a", "2")).isFalse();
        assertThat(store.get("a")).contains("1");
    }

    @Test
    void compareAndSetReplacesOnlyTheExpectedValue() {
        store.put("a", "1");
        assertThat(store.compareAndSet("a", "0", "2")).isFalse();
        assertThat(store.compareAndSet("a", "1", "2")).isTrue();
        assertThat(store.compareAndSet("missing", "1", "2")).isFalse();
        assertThat(store.get("a")).contains("2");
    }

    @Test
    void listReturnsThePrefixInKeyOrderAndCannotBeChanged() {
        store.put("payment:2", "b");
        store.put("payment:1", "a");
        store.put("paymentx", "x");
        store.put("seq", "2");
        assertThat(store.list("payment:")).containsExactly(java.util.Map.entry("payment:1", "a"), java.util.Map.entry("payment:2", "b"));
        assertThat(store.list("")).hasSize(4);
        assertThatThrownBy(() -> store.list("").put("z", "z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void limitsOfTheSdkAreEnforced() {
        assertThatThrownBy(() -> store.put("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put("k".repeat(201), "v")).hasMessageContaining("1 to 200");
        store.put("k".repeat(200), "v");
        store.put("big", "x".repeat(64 * 1024));
        assertThatThrownBy(() -> store.put("big", "x".repeat(64 * 1024 + 1))).hasMessageContaining("65536");
        assertThatThrownBy(() -> store.put("big", "я".repeat(40_000))).as("UTF-8 bytes count, not characters").hasMessageContaining("80000 bytes");
        assertThatThrownBy(() -> store.put("k", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void compareAndSetIsAtomicUnderContention() throws Exception {
        store.put("counter", "0");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        while (true) {
                            String current = store.get("counter").orElseThrow();
                            if (store.compareAndSet("counter", current, Integer.toString(Integer.parseInt(current) + 1))) {
                                break;
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.get("counter")).contains("2000");
    }
}
