package org.openwtp.core.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 20).boxed().toList();

    @Test
    void resultsComeBackInTheItemsOrder() {
        assertThat(ParallelTasks.map(ITEMS, 3, "test", i -> i * 10))
                .containsExactlyElementsOf(ITEMS.stream().map(i -> i * 10).toList());
    }

    @Test
    void oneThreadMeansEverythingRunsOnTheCallingThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        ParallelTasks.map(ITEMS, 1, "test", i -> threads.add(Thread.currentThread()));
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void noMoreThreadsThanAskedForTheCallerIncludedAndHelpersAreNamed() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        ParallelTasks.map(ITEMS, 3, "openwtp-test", i -> threads.add(Thread.currentThread()));
        assertThat(threads).hasSizeLessThanOrEqualTo(3);
        assertThat(threads).filteredOn(t -> t != Thread.currentThread())
                .allMatch(t -> t.getName().startsWith("openwtp-test-") && !t.isAlive());
    }

    @Test
    void aFailingTaskDoesNotStopTheOthersAndIsRethrownToTheCaller() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        assertThatThrownBy(() -> ParallelTasks.map(ITEMS, 2, "test", i -> {
            if (i == 5) {
                throw new IllegalStateException("task 5 failed");
            }
            return done.add(i);
        })).isInstanceOf(IllegalStateException.class).hasMessage("task 5 failed");
        assertThat(done).hasSize(ITEMS.size() - 1);
    }

    @Test
    void noItemsNoThreads() {
        assertThat(ParallelTasks.map(List.<Integer>of(), 4, "test", i -> i)).isEmpty();
    }
}
