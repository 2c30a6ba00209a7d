package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.core.store.Backend;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.TenantId;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class KeyValueStoreTest {

    private static final TenantId ACME = TenantId.of("acme");

    private final Backend backend;
    @TempDir
    Path tempDir;
    private TenantFixture f;
    private KeyValueStore store;

    KeyValueStoreTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        f = new TenantFixture(backend, tempDir);
        f.tenants.create("acme", "Acme");
        store = f.stateStores.storeFor(ACME, "carrier-post");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void putGetReplaceDelete() {
        assertThat(store.get("token")).isEmpty();
        store.put("token", "a");
        store.put("token", "b");
        assertThat(store.get("token")).contains("b");
        assertThat(store.delete("token")).isTrue();
        assertThat(store.delete("token")).isFalse();
        assertThat(store.get("token")).isEmpty();
    }

    @Test
    void putIfAbsentWritesOnlyOnce() {
        assertThat(store.putIfAbsent("k", "first")).isTrue();
        assertThat(store.putIfAbsent("k", "second")).isFalse();
        assertThat(store.get("k")).contains("first");
    }

    @Test
    void compareAndSetReplacesOnlyTheExpectedValue() {
        store.put("k", "1");
        assertThat(store.compareAndSet("k", "0", "2")).isFalse();
        assertThat(store.compareAndSet("k", "1", "2")).isTrue();
        assertThat(store.compareAndSet("absent", "1", "2")).isFalse();
        assertThat(store.get("k")).contains("2");
    }

    @Test
    void listReturnsKeysWithThePrefixInKeyOrderCaseSensitively() {
        store.put("rate/b", "2");
        store.put("rate/a", "1");
        store.put("Rate/c", "3");
        store.put("ratex", "4");
        store.put("état", "5");

        assertThat(store.list("rate/")).containsExactly(Map.entry("rate/a", "1"), Map.entry("rate/b", "2"));
        assertThat(store.list("")).containsOnlyKeys("rate/a", "rate/b", "Rate/c", "ratex", "état");
        assertThat(List.copyOf(store.list("").keySet())).isSorted();
        assertThat(store.list("é")).containsOnlyKeys("état");
        assertThat(store.list("%")).isEmpty();
        assertThatThrownBy(() -> store.list("").put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listFindsExactlyThePrefixsKeysAtTheEdgesOfItsRange() {
        String emoji = Character.toString(0x1F36F);
        for (String key : List.of("cbec/a", "cbec/a/1", "cbec/a" + emoji, "cbec/a\uFFFF", "cbec/b", "cbec/a.", "cbec/A/1",
                "cbec/", "cbec", "cbec/a/" + emoji + "/x", "cbec0", "cbed")) {
            store.put(key, "v");
        }
        for (int i = 0; i < 300; i++) {
            store.put("cbec/z/" + i, "other");
        }

        assertThat(store.list("cbec/a")).containsOnlyKeys("cbec/a", "cbec/a/1", "cbec/a" + emoji, "cbec/a\uFFFF", "cbec/a.",
                "cbec/a/" + emoji + "/x");
        assertThat(store.list("cbec/a/")).containsOnlyKeys("cbec/a/1", "cbec/a/" + emoji + "/x");
        assertThat(store.list("cbec/a" + emoji)).containsOnlyKeys("cbec/a" + emoji);
        assertThat(store.list("cbec/a\uFFFF")).containsOnlyKeys("cbec/a\uFFFF");
        assertThat(store.list("cbec/")).hasSize(309).doesNotContainKeys("cbec", "cbec0", "cbed");
        assertThat(store.list("cbec")).hasSize(311);
        assertThat(store.list("cbec/z/1")).hasSize(111); // 1, 10-19, 100-199
    }

    @Test
    void keysAndValuesOutsideTheLimitsAreRefusedClearly() {
        assertThatThrownBy(() -> store.put("", "v")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> store.put("k".repeat(201), "v")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> store.put("a\nb", "v")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control");
        assertThatThrownBy(() -> store.put("k", "x".repeat(64 * 1024 + 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65536");
        assertThatThrownBy(() -> store.put("k", "a\0b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
        store.put("k".repeat(200), "x".repeat(64 * 1024));
        assertThat(store.get("k".repeat(200))).hasValueSatisfying(v -> assertThat(v).hasSize(64 * 1024));
    }

    @Test
    void writingStateOfAnUnknownTenantFailsClearly() {
        KeyValueStore ghost = f.stateStores.storeFor(TenantId.of("ghost"), "p");
        assertThatThrownBy(() -> ghost.put("k", "v")).isInstanceOf(IllegalStateException.class).hasMessageContaining("'ghost' does not exist");
    }

    @Test
    void concurrentCompareAndSetLosesNoIncrement() throws Exception {
        store.put("counter", "0");
        int threads = 8;
        int increments = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < increments; i++) {
                    while (true) {
                        String current = store.get("counter").orElseThrow();
                        if (store.compareAndSet("counter", current, String.valueOf(Integer.parseInt(current) + 1))) {
                            break;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        assertThat(store.get("counter")).contains(String.valueOf(threads * increments));
    }

    @Test
    void storesOfTheSameTenantAreSeparatedByPlugin() {
        store.put("k", "carrier");
        KeyValueStore payment = f.stateStores.storeFor(ACME, "payment-card-sandbox");
        assertThat(payment.get("k")).isEmpty();
        assertThat(payment.list("")).isEmpty();
        assertThat(payment.delete("k")).isFalse();
        assertThat(store.get("k")).contains("carrier");
    }
}
