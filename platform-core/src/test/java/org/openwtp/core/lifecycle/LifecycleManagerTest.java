package org.openwtp.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleManagerTest {

    private final List<String> events = new ArrayList<>();

    private Lifecycle participant(String name, int phase, boolean failStart, boolean failStop) {
        return new Lifecycle() {
            @Override public String name() { return name; }
            @Override public int phase() { return phase; }
            @Override public void start() {
                events.add("start " + name);
                if (failStart) {
                    throw new IllegalStateException(name + " broke");
                }
            }
            @Override public void stop() {
                events.add("stop " + name);
                if (failStop) {
                    throw new IllegalStateException(name + " broke on stop");
                }
            }
        };
    }

    @Test
    void startsByPhaseAndStopsInReverse() {
        LifecycleManager m = new LifecycleManager(Set.of(participant("http", Lifecycle.HTTP, false, false),
                participant("storage", Lifecycle.STORAGE, false, false), participant("plugins", Lifecycle.PLUGINS, false, false)));
        m.start();
        m.stop();
        m.stop();
        assertThat(events).containsExactly("start storage", "start plugins", "start http", "stop http", "stop plugins", "stop storage");
    }

    @Test
    void aFailedStartStopsWhatWasStarted() {
        LifecycleManager m = new LifecycleManager(Set.of(participant("storage", Lifecycle.STORAGE, false, false),
                participant("plugins", Lifecycle.PLUGINS, true, false), participant("http", Lifecycle.HTTP, false, false)));
        assertThatThrownBy(m::start).hasMessageContaining("plugins failed to start");
        assertThat(events).containsExactly("start storage", "start plugins", "stop storage");
    }

    @Test
    void aFailedStopDoesNotKeepTheOthersRunning() {
        LifecycleManager m = new LifecycleManager(Set.of(participant("storage", Lifecycle.STORAGE, false, false),
                participant("plugins", Lifecycle.PLUGINS, false, true)));
        m.start();
        m.stop();
        assertThat(events).endsWith("stop plugins", "stop storage");
    }

    @Test
    void startUpToAPhaseLeavesLaterPhasesAlone() {
        LifecycleManager m = new LifecycleManager(Set.of(participant("storage", Lifecycle.STORAGE, false, false),
                participant("http", Lifecycle.HTTP, false, false)));
        m.start(Lifecycle.PLUGINS);
        m.stop();
        assertThat(events).containsExactly("start storage", "stop storage");
    }
}
