package org.dgsm.node.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dgsm bench gsup}: register it as a subcommand of {@code BenchCommand}
 * ({@code subcommands = {BenchCommand.Mslookup.class, GsupBenchOptions.class}}). Prints one JSON line; exit code 0,
 * 1 if the server did not accept the connections, 2 for bad options.
 */
@Command(name = "gsup", mixinStandardHelpOptions = true, versionProvider = org.dgsm.node.cli.DgsmCommand.Version.class,
        description = "GSUP load generator acting as C MSCs (C connections, IPA names bench-msc-1..C), N SAI or LU"
                + " transactions in total; works against our node and osmo-hlr alike.")
public final class GsupBenchOptions implements Callable<Integer> {

    @Option(names = "--target", required = true, paramLabel = "IP:PORT",
            description = "GSUP server (port defaults to 4222).")
    String target;

    @Option(names = "--op", required = true, paramLabel = "sai|lu", description = "Transaction type.")
    String op;

    @Option(names = "--imsi", required = true, split = ",", paramLabel = "I[,I...]",
            description = "IMSIs, used in turn.")
    List<String> imsis = new ArrayList<>();

    @Option(names = "--count", required = true, paramLabel = "N",
            description = "Transactions in total (<= " + GsupBenchConfig.MAX_COUNT + ").")
    int count;

    @Option(names = "--concurrency", paramLabel = "C",
            description = "Connections, one transaction at a time each (default ${DEFAULT-VALUE}).")
    int concurrency = 1;

    @Option(names = "--timeout", paramLabel = "MS",
            description = "Wait per transaction before it counts as an error (default ${DEFAULT-VALUE}).")
    long timeoutMs = GsupBenchConfig.DEFAULT_TIMEOUT_MILLIS;

    @Option(names = "--cn-domain", paramLabel = "cs|ps", description = "CN domain of the requests (default ${DEFAULT-VALUE}).")
    String cnDomain = "cs";

    @Option(names = "--name-prefix", paramLabel = "PREFIX",
            description = "IPA names are PREFIX1..PREFIXC (default ${DEFAULT-VALUE}).")
    String namePrefix = GsupBenchConfig.DEFAULT_NAME_PREFIX;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        GsupBenchConfig config;
        try {
            config = new GsupBenchConfig(GsupBenchConfig.parseTarget(target), GsupBenchOp.parse(op), imsis, count,
                    concurrency, timeoutMs, GsupBenchConfig.parseCnDomain(cnDomain), namePrefix);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            spec.commandLine().getOut().println(new GsupBench(config).run());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("dgsm bench gsup: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
