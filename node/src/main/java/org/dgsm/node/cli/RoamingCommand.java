package org.dgsm.node.cli;

import org.dgsm.hlr.proxy.RoamingReport;
import org.dgsm.hlr.store.StoreException;
import org.dgsm.hlr.store.SubscriberStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `dgsm roaming list`: the D-GSM proxy's visitors from the roaming cache in the hlr.db. */
@Command(name = "roaming", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Show the visitors this village proxies for (D-GSM roaming cache).",
        subcommands = {RoamingCommand.ListCmd.class})
public final class RoamingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: list");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Visitors with their home HLR, MSISDN, CS VLR, LU time, auth tuple stock and last contact"
                    + " with home.")
    static final class ListCmd implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "PATH", description = "The hlr.db (default ${DEFAULT-VALUE}).")
        Path db = Path.of("var", "hlr.db");

        @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "(default ${DEFAULT-VALUE})")
        String format = "text";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "format must be text or json, got '" + format + "'");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (SubscriberStore store = SubscriberStore.open(db)) {
                List<RoamingReport.Row> rows = RoamingReport.read(store);
                out.print(format.equals("json") ? RoamingReport.json(rows) + System.lineSeparator()
                        : RoamingReport.text(rows));
                out.flush();
                return 0;
            } catch (StoreException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("ERROR: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }
}
