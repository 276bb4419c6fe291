package org.dgsm.node.interop;

import org.dgsm.node.cli.CliRun;

import org.dgsm.testkit.OsmoProgram;
import org.dgsm.testkit.RunningProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs Debian's osmo-mslookup-client and returns its exit code and stdout. */
final class OsmoMslookupClient {

    private OsmoMslookupClient() {
    }

    static RunningProcess start(Path workDir, String name, String... args) throws IOException {
        Path binary = OsmoProgram.require("osmo-mslookup-client", "osmo-mslookup-utils");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.add("-q");
        command.addAll(List.of(args));
        return RunningProcess.start(name, command, workDir);
    }

    static CliRun run(Path workDir, String name, String... args) throws IOException, InterruptedException {
        try (RunningProcess p = start(workDir, name, args)) {
            int rc = p.waitFor(Duration.ofSeconds(30));
            return new CliRun(rc, Files.readString(workDir.resolve(name + ".log"), StandardCharsets.UTF_8), "");
        }
    }
}
