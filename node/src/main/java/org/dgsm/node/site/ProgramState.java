package org.dgsm.node.site;

/** Where a supervised program is in its life. */
public enum ProgramState {
    /** Not started yet. */
    NEW,
    /** Its process is running. */
    RUNNING,
    /** It ended or could not be started; it will be started again at {@link ProgramStatus#nextStartAt()}. */
    WAITING_TO_RESTART,
    /** Stopped on request; it is not started again. */
    STOPPED
}
