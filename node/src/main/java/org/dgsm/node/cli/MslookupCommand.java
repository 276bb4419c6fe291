package org.dgsm.node.cli;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.cli.OutputFormat;
import org.dgsm.mslookup.cli.QueryArgument;
import org.dgsm.mslookup.cli.ResultLineFormatter;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.wire.DomainSuffix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

/**
 * `dgsm mslookup`: the options, query syntax and output bytes of osmo-mslookup-client 1.5, plus {@code -i}
 * to pin the interface (default {@code lo}: a lookup never leaks onto an uplink unless asked to).
 */
@Command(name = "mslookup",
        description = {"Look up subscribers by multicast DNS, as osmo-mslookup-client does.",
                "QUERY is [[MIN-DELAY-][TIMEOUT]@]service.id.(imsi|msisdn), e.g. gsup.hlr.901700000014701.imsi,"
                        + " 1000-5000@sip.voice.1001.msisdn"},
        mixinStandardHelpOptions = true,
        versionProvider = DgsmCommand.Version.class,
        sortOptions = false)
public final class MslookupCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "csv|json", description = "Output format (default csv).")
    String format = "csv";

    @Option(names = {"-H", "--no-csv-headers"}, description = "Do not print the CSV header line.")
    boolean noCsvHeaders;

    @Option(names = {"-m", "--mdns-ip"}, paramLabel = "IP", description = "Multicast group (default ${DEFAULT-VALUE}).")
    String mdnsIp = MulticastConfig.DEFAULT_GROUP;

    @Option(names = {"-M", "--mdns-port"}, paramLabel = "PORT", description = "UDP port (default ${DEFAULT-VALUE}).")
    int mdnsPort = MulticastConfig.DEFAULT_PORT;

    @Option(names = {"-D", "--mdns-domain-suffix"}, paramLabel = "SUFFIX",
            description = "Domain suffix (default ${DEFAULT-VALUE}).")
    String domainSuffix = DomainSuffix.DEFAULT;

    @Option(names = {"-i", "--interface"}, paramLabel = "IFACE",
            description = "Network interface for multicast (default ${DEFAULT-VALUE}).")
    String networkInterface = MulticastConfig.DEFAULT_INTERFACE;

    @Option(names = {"-t", "--min-delay"}, paramLabel = "MS",
            description = "Wait this long for younger answers before reporting (default ${DEFAULT-VALUE}).")
    long minDelayMs = 1000;

    @Option(names = {"-T", "--timeout"}, paramLabel = "MS", description = "Give up after this long (default ${DEFAULT-VALUE}).")
    long timeoutMs = 1000;

    @Option(names = {"-S", "--send"}, description = "Do not query: multicast one answer, QUERY AGE [IP PORT [IP PORT]].")
    boolean send;

    @Option(names = {"-q", "--quiet"}, description = "No error messages on stderr.")
    boolean quiet;

    @Option(names = {"-d", "--daemon"}, hidden = true)
    boolean daemon;

    @Option(names = {"-s", "--socket"}, hidden = true, paramLabel = "PATH")
    String socketPath;

    @Parameters(paramLabel = "QUERY", arity = "0..*")
    List<String> queries = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (daemon || socketPath != null) {
            return fail(err, "daemon and unix-socket mode (-d, -s) are not supported: Java has no SOCK_SEQPACKET sockets");
        }
        OutputFormat outputFormat;
        try {
            outputFormat = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return fail(err, "invalid format: '" + format + "'");
        }
        if (minDelayMs < 0 || timeoutMs < 0 || minDelayMs > 0xFFFF_FFFFL || timeoutMs > 0xFFFF_FFFFL) {
            return fail(err, "-t and -T take milliseconds 0..4294967295");
        }
        if (mdnsPort < 1 || mdnsPort > 65535) {
            return fail(err, "invalid port: " + mdnsPort);
        }
        if (queries.isEmpty()) {
            spec.commandLine().usage(err);
            return 1;
        }
        MulticastConfig config;
        try {
            config = MulticastConfig.of(mdnsIp, mdnsPort, networkInterface, MulticastConfig.DEFAULT_TTL);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        if (send) {
            return new MslookupSender(config, domainSuffix, out, err, quiet).send(queries);
        }
        return lookup(config, outputFormat, out, err);
    }

    private int lookup(MulticastConfig config, OutputFormat outputFormat, PrintWriter out, PrintWriter err)
            throws Exception {
        ResultLineFormatter formatter = new ResultLineFormatter(outputFormat);
        int unparsable = 0;
        Object outputLock = new Object();
        if (outputFormat == OutputFormat.CSV && !noCsvHeaders) {
            out.print(formatter.header() + "\n");
            out.flush();
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (MulticastMslookupClient client = MulticastMslookupClient.open(group, config, domainSuffix)) {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            for (String arg : queries) {
                QueryArgument q = QueryArgument.parse(arg);
                if (!q.isValid()) {
                    unparsable++;
                    if (!quiet) {
                        err.print(q.errorMessage() + "\n");
                        err.flush();
                    }
                    synchronized (outputLock) {
                        out.print(formatter.error(q.queryText()) + "\n");
                        out.flush();
                    }
                    continue;
                }
                long tMin = q.minDelayMs() != null ? q.minDelayMs() : minDelayMs;
                long tMax = q.timeoutMs() != null ? q.timeoutMs() : timeoutMs;
                pending.add(client.lookup(q.query(), tMin, tMax, report -> {
                    synchronized (outputLock) {
                        out.print(formatter.format(report, q.queryText()) + "\n");
                        out.flush();
                    }
                }));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get();
        } catch (java.io.IOException e) {
            return fail(err, e.getMessage());
        } finally {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        // osmo-mslookup-client prints the same ERROR line but then may hang; we finish the other queries and say so.
        return unparsable == 0 ? 0 : 1;
    }

    private int fail(PrintWriter err, String message) {
        if (!quiet) {
            err.print("ERROR: " + message + "\n");
            err.flush();
        }
        return 1;
    }
}
