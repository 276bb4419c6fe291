package org.dgsm.node.cli;


import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the `dgsm` command line in-process and keeps what it printed. */
public record CliRun(int exitCode, String stdout, String stderr) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = DgsmCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(rc, out.toString(), err.toString());
    }
}
