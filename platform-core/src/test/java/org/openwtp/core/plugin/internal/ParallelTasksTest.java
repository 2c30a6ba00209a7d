package org.openwtp.core.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 20).boxed().toList();
    private static final Duration AMPLE = Duration.ofMinutes(1);

    private static <R> List<R> map(List<Integer> items, int threads, String name, Function<Integer, R> task) {
        return ParallelTasks.mapWithin(items, threads, name, AMPLE, task, i -> {
            throw new AssertionError("item " + i + " cannot overrun a minute");
        });
    }

    @Test
    void resultsComeBackInTheItemsOrder() {
        assertThat(map(ITEMS, 3, "test", i -> i * 10)).containsExactlyElementsOf(ITEMS.stream().map(i -> i * 10).toList());
    }

    @Test
    void noMoreThreadsThanAskedForHelpersAreNamedAndGoneWhenItReturns() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        map(ITEMS, 3, "openwtp-test", i -> threads.add(Thread.currentThread()));
        assertThat(threads).hasSizeBetween(1, 3).doesNotContain(Thread.currentThread())
                .allMatch(t -> t.getName().startsWith("openwtp-test-") && !t.isAlive());
    }

    @Test
    void aFailingTaskDoesNotStopTheOthersAndIsRethrownToTheCaller() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        assertThatThrownBy(() -> map(ITEMS, 2, "test", i -> {
            if (i == 5) {
                throw new IllegalStateException("task 5 failed");
            }
            return done.add(i);
        })).isInstanceOf(IllegalStateException.class).hasMessage("task 5 failed");
        assertThat(done).hasSize(ITEMS.size() - 1);
    }

    @Test
    void noItemsNoResults() {
        assertThat(map(List.of(), 4, "test", i -> i)).isEmpty();
    }

    @Test
    void aTaskThatHangsGetsItsTimeoutResultIsInterruptedAndTheOthersStillRunOnOneThread() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<String> results = ParallelTasks.mapWithin(List.of(0, 1, 2, 3, 4), 1, "test", Duration.ofSeconds(2), i -> {
            if (i == 2) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            }
            return "done " + i;
        }, i -> "timed out " + i);
        assertThat(results).containsExactly("done 0", "done 1", "timed out 2", "done 3", "done 4");
        assertThat(interrupted.await(30, TimeUnit.SECONDS)).as("the overrunning task was interrupted").isTrue();
    }

    @Test
    void whenTheLastTaskHangsTheCallStillReturnsAtItsDeadline() {
        CountDownLatch never = new CountDownLatch(1);
        List<String> results = ParallelTasks.mapWithin(List.of(0, 1), 1, "test", Duration.ofSeconds(1), i -> {
            if (i == 1) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "done " + i;
        }, i -> "timed out " + i);
        assertThat(results).containsExactly("done 0", "timed out 1");
    }
}
