package org.dgsm.node.status;

import java.time.Instant;
import java.util.Objects;

/**
 * A radio-side program the node starts and watches (osmo-msc, osmo-sgsn, ...), as the status page shows it.
 *
 * @param state    e.g. {@code RUNNING}, {@code WAITING_TO_RESTART}, {@code STOPPED}
 * @param since    when it was last started, or null
 * @param lastExit the exit code of its last run, or null
 */
public record SupervisedProgram(String name, String state, Instant since, int restarts, Integer lastExit) {
    public SupervisedProgram {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
