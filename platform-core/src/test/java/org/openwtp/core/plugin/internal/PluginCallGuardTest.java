package org.openwtp.core.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openwtp.core.plugin.CallOptions.CallPath;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.plugin.PluginCallException.Kind;
import org.openwtp.core.plugin.PluginRuntimeConfig;

class PluginCallGuardTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock();
    private final ClassLoader pluginLoader = new ClassLoader(null) { };
    private final CallSite site = new CallSite("acme", "slow-carrier", "Carrier", "quote", pluginLoader);
    private PluginCallGuard guard = guard(PluginRuntimeConfig.defaults().withCircuitBreaker(3, Duration.ofSeconds(30)));

    @AfterEach
    void closeGuard() {
        guard.close();
    }

    @Test
    void anOverrunningExecutorCallIsAbandonedAndItsCallerAnsweredPromptly() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();

        assertThatThrownBy(() -> guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofMillis(100), () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        })).isInstanceOfSatisfying(PluginCallException.class, e -> {
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.getMessage()).contains("'slow-carrier'", "Carrier.quote", "timed out", "100 ms");
        });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the abandoned call is interrupted").isTrue();
        assertThat(count("timeout")).isEqualTo(1);
    }

    @Test
    void anythingThrownBecomesOnePluginCallExceptionButVirtualMachineErrorsPass() {
        assertThatThrownBy(() -> guard.invoke(site, breaker(), CallPath.CALLER_THREAD, Duration.ofSeconds(1), () -> {
            throw new NoClassDefFoundError("com/acme/Missing");
        })).isInstanceOfSatisfying(PluginCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.FAILED);
            assertThat(e.getMessage()).contains("slow-carrier", "Carrier.quote", "NoClassDefFoundError", "com/acme/Missing");
        });
        assertThatThrownBy(() -> guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(5), () -> {
            throw new UnsupportedOperationException("not yet");
        })).isInstanceOf(PluginCallException.class).hasMessageContaining("not yet");
        assertThatThrownBy(() -> guard.invoke(site, breaker(), CallPath.CALLER_THREAD, Duration.ofSeconds(1), () -> {
            throw new OutOfMemoryError("simulated");
        })).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void callsRunWithThePluginsContextClassLoaderAndRestoreTheCallers() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        ClassLoader onCaller = guard.invoke(site, breaker(), CallPath.CALLER_THREAD, Duration.ofSeconds(1),
                () -> Thread.currentThread().getContextClassLoader());
        ClassLoader onExecutor = guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(5),
                () -> Thread.currentThread().getContextClassLoader());

        assertThat(onCaller).isSameAs(pluginLoader);
        assertThat(onExecutor).isSameAs(pluginLoader);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
        assertThat(count("success")).isEqualTo(2);
    }

    @Test
    void consecutiveFailuresOpenTheCircuitUntilItsPauseEnds() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> fail(CallPath.CALLER_THREAD)).isInstanceOf(PluginCallException.class);
        }

        assertThatThrownBy(() -> guard.invoke(site, breaker(), CallPath.CALLER_THREAD, Duration.ofSeconds(1), () -> "ok"))
                .isInstanceOfSatisfying(PluginCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CIRCUIT_OPEN));
        assertThat(guard.breaker("other-tenant", "slow-carrier").isOpen()).isFalse();

        clock.advance(Duration.ofSeconds(31));
        assertThat(guard.invoke(site, breaker(), CallPath.CALLER_THREAD, Duration.ofSeconds(1), () -> "ok")).isEqualTo("ok");
        assertThat(breaker().isOpen()).isFalse();
        assertThat(count("circuit_open")).isEqualTo(1);
        assertThat(count("failure")).isEqualTo(3);
    }

    @Test
    void aFullExecutorRejectsInsteadOfQueueingForever() throws Exception {
        guard.close();
        guard = guard(PluginRuntimeConfig.defaults().withCallExecutor(1, 0));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Object> first = new AtomicReference<>();
        Thread caller = new Thread(() -> first.set(guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(30), () -> {
            running.countDown();
            await(release);
            return "first";
        })));
        caller.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(1), () -> "second"))
                .isInstanceOfSatisfying(PluginCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));

        release.countDown();
        caller.join(10_000);
        assertThat(first.get()).isEqualTo("first");
    }

    @Test
    void concurrentExecutorCallsAllCompleteOnTheBoundedPool() throws Exception {
        guard.close();
        guard = guard(PluginRuntimeConfig.defaults().withCallExecutor(2, 64));
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Thread> callers = new java.util.ArrayList<>();
        for (int c = 0; c < 6; c++) {
            int caller = c;
            callers.add(new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    int n = i;
                    Object answer = guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(30), () -> {
                        threads.add(Thread.currentThread().getName());
                        return caller * 1000 + n;
                    });
                    if (answer.equals(caller * 1000 + n)) {
                        answered.incrementAndGet();
                    }
                }
            }));
        }
        callers.forEach(Thread::start);
        for (Thread caller : callers) {
            caller.join(60_000);
        }

        assertThat(answered.get()).isEqualTo(6 * 300);
        assertThat(threads).isNotEmpty().hasSizeLessThanOrEqualTo(2).allMatch(name -> name.startsWith("openwtp-plugin-call-"));
        assertThat(count("success")).isEqualTo(6 * 300);
    }

    @Test
    void aCallStillQueuedWhenTheGuardClosesFailsAsUnavailable() throws Exception {
        guard.close();
        guard = guard(PluginRuntimeConfig.defaults().withCallExecutor(1, 1));
        CountDownLatch running = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(30), () -> {
                    running.countDown();
                    await(new CountDownLatch(1));
                    return "first";
                });
            } catch (PluginCallException expected) {
                // interrupted by close
            }
        });
        first.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Throwable> second = new AtomicReference<>();
        Thread queued = new Thread(() -> {
            try {
                guard.invoke(site, breaker(), CallPath.EXECUTOR, Duration.ofSeconds(30), () -> "second");
            } catch (Throwable e) {
                second.set(e);
            }
        });
        queued.start();
        Thread.sleep(200);

        long start = System.nanoTime();
        guard.close();
        queued.join(10_000);
        first.join(10_000);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(second.get()).isInstanceOfSatisfying(PluginCallException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    }

    private Object fail(CallPath path) {
        return guard.invoke(site, breaker(), path, Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("registry down");
        });
    }

    private CircuitBreaker breaker() {
        return guard.breaker(site.tenant(), site.pluginId());
    }

    private long count(String outcome) {
        return meters.get(CallMetrics.CALLS).tags("tenant", "acme", "plugin", "slow-carrier", "extension", "Carrier",
                "method", "quote", "outcome", outcome).timer().count();
    }

    private PluginCallGuard guard(PluginRuntimeConfig config) {
        return new PluginCallGuard(config, meters, clock);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock tests move by hand. Confined to one test. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
