package org.dgsm.node.site;

import java.time.Instant;

/**
 * A supervised program as the status page shows it.
 *
 * @param name         the program's name
 * @param state        running, waiting to restart, ...
 * @param pid          process id while running, else -1
 * @param startedAt    when the current or last run started, or null
 * @param restarts     starts after the first one
 * @param lastExitCode exit code of the last run (128 + signal number when killed by a signal), or null
 * @param lastExitAt   when the last run ended, or null
 * @param lastError    why the last start failed (e.g. the program is not installed), or null
 * @param nextStartAt  when it will be started again (state {@link ProgramState#WAITING_TO_RESTART}), else null
 */
public record ProgramStatus(String name, ProgramState state, long pid, Instant startedAt, int restarts,
                            Integer lastExitCode, Instant lastExitAt, String lastError, Instant nextStartAt) {
}
