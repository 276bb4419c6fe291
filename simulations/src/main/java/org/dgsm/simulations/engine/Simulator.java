package org.dgsm.simulations.engine;

import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A discrete-event simulator on a virtual clock: actions scheduled at absolute times (milliseconds) run in time
 * order; actions due at the same millisecond run in the order they were scheduled, so a run is a pure function of
 * what was scheduled. Nothing here reads the wall clock. Not thread-safe: one simulation, one thread.
 */
public final class Simulator {

    private final PriorityQueue<ScheduledAction> queue = new PriorityQueue<>();
    private long now;
    private long nextSequence;
    private long executed;

    /** @param startMillis the virtual time before the first action (absolute ms, e.g. an epoch time) */
    public Simulator(long startMillis) {
        this.now = startMillis;
    }

    /** The current virtual time in ms: the time of the action running now, or where the last run stopped. */
    public long now() {
        return now;
    }

    /**
     * Runs {@code action} at {@code timeMillis}.
     *
     * @throws IllegalArgumentException for a time in the past
     */
    public void at(long timeMillis, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (timeMillis < now) {
            throw new IllegalArgumentException("cannot schedule at " + timeMillis + ", the clock is at " + now);
        }
        queue.add(new ScheduledAction(timeMillis, nextSequence++, action));
    }

    /** Runs {@code action} {@code delayMillis} (≥ 0) from now. */
    public void after(long delayMillis, Runnable action) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay must not be negative, got " + delayMillis);
        }
        at(now + delayMillis, action);
    }

    /**
     * Runs every action due at or before {@code endMillis} (including actions they schedule within that time) and
     * leaves the clock at {@code endMillis}.
     */
    public void runUntil(long endMillis) {
        if (endMillis < now) {
            throw new IllegalArgumentException("cannot run back to " + endMillis + ", the clock is at " + now);
        }
        ScheduledAction next;
        while ((next = queue.peek()) != null && next.timeMillis() <= endMillis) {
            queue.poll();
            now = next.timeMillis();
            executed++;
            next.action().run();
        }
        now = endMillis;
    }

    /** Actions run so far. */
    public long executedActions() {
        return executed;
    }

    /** Actions waiting to run. */
    public int pendingActions() {
        return queue.size();
    }

    private record ScheduledAction(long timeMillis, long sequence, Runnable action)
            implements Comparable<ScheduledAction> {
        @Override
        public int compareTo(ScheduledAction other) {
            int byTime = Long.compare(timeMillis, other.timeMillis);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
