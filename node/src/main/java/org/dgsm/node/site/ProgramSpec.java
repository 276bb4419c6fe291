package org.dgsm.node.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An external program to run and watch.
 *
 * @param name             short name for logs and the status page, e.g. {@code osmo-msc}
 * @param command          program and arguments, e.g. {@code [osmo-msc, -c, /etc/dgsm/osmo-msc.cfg]}
 * @param workingDirectory where it runs (created if missing); some programs leave state files there
 * @param logFile          its standard output and error, appended
 */
public record ProgramSpec(String name, List<String> command, Path workingDirectory, Path logFile) {

    public ProgramSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("program name must not be blank");
        }
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command of " + name + " is empty");
        }
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(logFile, "logFile");
    }
}
