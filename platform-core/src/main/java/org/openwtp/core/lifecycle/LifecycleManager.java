package org.openwtp.core.lifecycle;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every {@link Lifecycle} participant in phase order and stops them in reverse. Thread-safe:
 * start and stop are serialised; stop is idempotent, so a shutdown hook and an explicit stop may race.
 */
@Singleton
public final class LifecycleManager {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleManager.class);

    private final List<Lifecycle> participants;
    private final Deque<Lifecycle> started = new ArrayDeque<>();
    private boolean stopped;

    /**
     * @param participants every contributed participant
     */
    @Inject
    public LifecycleManager(Set<Lifecycle> participants) {
        this.participants = participants.stream()
                .sorted(Comparator.comparingInt(Lifecycle::phase).thenComparing(Lifecycle::name))
                .toList();
    }

    /** @return the participants in start order */
    public List<Lifecycle> participants() {
        return participants;
    }

    /**
     * Starts every participant; on a failure stops those already started and rethrows.
     *
     * @throws LifecycleException naming the participant that failed
     */
    public synchronized void start() {
        start(Integer.MAX_VALUE);
    }

    /**
     * Starts the participants up to a phase, e.g. storage and plugins without HTTP for a CLI command.
     *
     * @param lastPhase the highest phase to start
     * @throws LifecycleException naming the participant that failed
     */
    public synchronized void start(int lastPhase) {
        if (stopped) {
            throw new IllegalStateException("the server was stopped; build a new one to start again");
        }
        for (Lifecycle p : participants) {
            if (p.phase() > lastPhase || started.contains(p)) {
                continue;
            }
            try {
                LOG.debug("starting {}", p.name());
                p.start();
                started.push(p);
            } catch (Exception e) {
                LOG.error("{} failed to start; stopping what was started", p.name(), e);
                stop();
                throw new LifecycleException(p.name() + " failed to start: " + e.getMessage(), e);
            }
        }
    }

    /** Stops every started participant in reverse order; later calls do nothing. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        while (!started.isEmpty()) {
            Lifecycle p = started.pop();
            try {
                LOG.info("stopping {}", p.name());
                p.stop();
            } catch (Exception e) {
                LOG.error("{} failed to stop cleanly", p.name(), e);
            }
        }
    }

    /** @return whether {@link #stop()} has been called */
    public synchronized boolean isStopped() {
        return stopped;
    }

    /** A participant could not start. */
    public static final class LifecycleException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LifecycleException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
