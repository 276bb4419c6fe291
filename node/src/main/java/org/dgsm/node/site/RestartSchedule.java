package org.dgsm.node.site;

import java.time.Instant;
import java.util.Objects;

/**
 * When to (re)start a supervised program, sans-I/O: it is told what happened (started, exited, could not start,
 * stop requested) at which time, and answers when to start next. Every failure in a row doubles the wait (from
 * {@link SupervisionPolicy#initialDelay()} up to {@link SupervisionPolicy#maxDelay()}); a run that lasted {@link
 * SupervisionPolicy#stableAfter()} ends the row. After a stop request nothing is started again and the exit that
 * follows is not a failure. Not thread-safe: one owner thread.
 */
public final class RestartSchedule {

    private final String name;
    private final SupervisionPolicy policy;

    private ProgramState state = ProgramState.NEW;
    private int starts;
    private int failuresInARow;
    private long startedAt = Long.MIN_VALUE;
    private long pid = -1;
    private Integer lastExitCode;
    private long lastExitAt = Long.MIN_VALUE;
    private String lastError;
    private long nextStartAt = Long.MIN_VALUE;

    public RestartSchedule(String name, SupervisionPolicy policy) {
        this.name = Objects.requireNonNull(name, "name");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Whether a start is wanted now: never started yet, or the restart time has come. */
    public boolean startDue(long nowMillis) {
        return state == ProgramState.NEW
                || (state == ProgramState.WAITING_TO_RESTART && nowMillis >= nextStartAt);
    }

    /** The program's process {@code pid} runs from {@code nowMillis} on. */
    public void started(long pid, long nowMillis) {
        if (state == ProgramState.STOPPED) {
            throw new IllegalStateException(name + " was stopped; it must not be started again");
        }
        state = ProgramState.RUNNING;
        starts++;
        startedAt = nowMillis;
        this.pid = pid;
        lastError = null;
        nextStartAt = Long.MIN_VALUE;
    }

    /**
     * The process ended.
     *
     * @return when to start it again (epoch millis), or -1 after a stop request
     */
    public long exited(int exitCode, long nowMillis) {
        lastExitCode = exitCode;
        lastExitAt = nowMillis;
        pid = -1;
        if (state == ProgramState.STOPPED) {
            return -1;
        }
        if (nowMillis - startedAt >= policy.stableAfter().toMillis()) {
            failuresInARow = 0;
        }
        return waitToRestart(nowMillis);
    }

    /**
     * The program could not be started (not installed, not executable, ...).
     *
     * @return when to try again (epoch millis), or -1 after a stop request
     */
    public long startFailed(String reason, long nowMillis) {
        lastError = Objects.requireNonNull(reason, "reason");
        if (state == ProgramState.STOPPED) {
            return -1;
        }
        return waitToRestart(nowMillis);
    }

    /** From now on nothing is started again. */
    public void stopRequested() {
        state = ProgramState.STOPPED;
        nextStartAt = Long.MIN_VALUE;
    }

    public ProgramState state() {
        return state;
    }

    public ProgramStatus status() {
        return new ProgramStatus(name, state, pid, instant(startedAt), Math.max(0, starts - 1), lastExitCode,
                instant(lastExitAt), lastError, state == ProgramState.WAITING_TO_RESTART ? instant(nextStartAt) : null);
    }

    private long waitToRestart(long nowMillis) {
        failuresInARow++;
        state = ProgramState.WAITING_TO_RESTART;
        nextStartAt = nowMillis + policy.delayMillis(failuresInARow);
        return nextStartAt;
    }

    private static Instant instant(long millis) {
        return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }
}
