package org.dgsm.node.cli;

import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MalformedQueryException;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.node.bench.GsupBenchOptions;
import org.dgsm.node.bench.MslookupBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `dgsm bench ...`: bounded load generators that print one JSON line. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Bounded load generators; each prints one JSON line (per_second, p50_ms, p99_ms, errors).",
        subcommands = {BenchCommand.Mslookup.class, GsupBenchOptions.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing bench: mslookup or gsup");
    }

    @Command(name = "mslookup", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
            description = "Paced mslookup queries against whatever answers on the group (our node or osmo-hlr).")
    static final class Mslookup implements Callable<Integer> {

        @Option(names = "--query", required = true, split = ",", paramLabel = "Q[,Q...]",
                description = "Query (service.id.imsi|msisdn); several are sent in turn.")
        List<String> queries = new ArrayList<>();

        @Option(names = "--count", required = true, paramLabel = "N", description = "Number of queries (<= 1000000).")
        int count;

        @Option(names = "--rate", required = true, paramLabel = "R", description = "Queries per second.")
        int rate;

        @Option(names = "--timeout", paramLabel = "MS", description = "Wait per query (default ${DEFAULT-VALUE}).")
        long timeoutMs = 1000;

        @Option(names = "--warmup", paramLabel = "N",
                description = "Queries sent first at the same rate and not counted (default ${DEFAULT-VALUE}).")
        int warmup = 0;

        @Option(names = {"-m", "--mdns-ip"}, paramLabel = "IP", description = "(default ${DEFAULT-VALUE})")
        String group = MulticastConfig.DEFAULT_GROUP;

        @Option(names = {"-M", "--mdns-port"}, paramLabel = "PORT", description = "(default ${DEFAULT-VALUE})")
        int port = MulticastConfig.DEFAULT_PORT;

        @Option(names = {"-i", "--interface"}, paramLabel = "IFACE", description = "(default ${DEFAULT-VALUE})")
        String networkInterface = MulticastConfig.DEFAULT_INTERFACE;

        @Option(names = {"-D", "--mdns-domain-suffix"}, paramLabel = "SUFFIX", description = "(default ${DEFAULT-VALUE})")
        String domainSuffix = DomainSuffix.DEFAULT;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            MslookupBench bench;
            try {
                List<MslookupQuery> parsed = new ArrayList<>();
                for (String q : queries) {
                    parsed.add(MslookupQuery.parse(q));
                }
                bench = new MslookupBench(MulticastConfig.of(group, port, networkInterface, MulticastConfig.DEFAULT_TTL),
                        domainSuffix, parsed, count, rate, timeoutMs, warmup);
            } catch (MalformedQueryException | RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            spec.commandLine().getOut().println(bench.run());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
