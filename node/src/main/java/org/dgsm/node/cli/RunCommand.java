package org.dgsm.node.cli;

import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** `dgsm run`: one village node, until SIGTERM/SIGINT. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Run one village node (subscriber store, mslookup responder).", sortOptions = false)
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "NAME", description = "This village's name (default ${DEFAULT-VALUE}).")
    String site = "village";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Subscriber database, an osmo-hlr hlr.db (created if missing; default ${DEFAULT-VALUE}).")
    Path db = Path.of("var", "hlr.db");

    @Option(names = "--gsup-bind", paramLabel = "IP:PORT", description = "GSUP address (default ${DEFAULT-VALUE}).")
    String gsupBind = "127.0.0.1:4222";

    @Option(names = "--mdns-group", paramLabel = "IP:PORT",
            description = "mslookup multicast group (default ${DEFAULT-VALUE}).")
    String mdnsGroup = MulticastConfig.DEFAULT_GROUP + ":" + MulticastConfig.DEFAULT_PORT;

    @Option(names = "--mdns-interface", paramLabel = "IFACE",
            description = "The one interface mslookup uses (default ${DEFAULT-VALUE}: lookups never leak onto an uplink).")
    String mdnsInterface = MulticastConfig.DEFAULT_INTERFACE;

    @Option(names = "--mdns-ttl", paramLabel = "N",
            description = "Multicast TTL; raise it when villages are joined through routers (default ${DEFAULT-VALUE}).")
    int mdnsTtl = MulticastConfig.DEFAULT_TTL;

    @Option(names = "--mdns-domain-suffix", paramLabel = "SUFFIX", description = "(default ${DEFAULT-VALUE})")
    String domainSuffix = DomainSuffix.DEFAULT;

    @Option(names = "--service", paramLabel = "NAME=IP:PORT",
            description = "Address announced for a service of subscribers here (sip.voice, smpp.sms, ...);"
                    + " gsup.hlr defaults to the GSUP bind address.")
    List<String> services = new ArrayList<>();

    @Option(names = "--no-proxy", description = "Do not proxy visitors to their home HLR.")
    boolean noProxy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NodeSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Path parent = settings.database().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        VillageNode node = VillageNode.start(settings);
        Thread hook = new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "dgsm-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }

    NodeSettings settings() {
        InetSocketAddress gsup = AddressParser.socketAddress(gsupBind, 4222);
        InetSocketAddress group = AddressParser.socketAddress(mdnsGroup, MulticastConfig.DEFAULT_PORT);
        MulticastConfig mslookup = MulticastConfig.of(group.getAddress().getHostAddress(), group.getPort(),
                mdnsInterface, mdnsTtl);
        Map<String, ServiceAddress> announced = new LinkedHashMap<>();
        for (String s : services) {
            Map.Entry<String, ServiceAddress> e = AddressParser.service(s);
            if (announced.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("--service " + e.getKey() + " given twice");
            }
        }
        return new NodeSettings(site, db, gsup, mslookup, domainSuffix, new InetSocketAddress("127.0.0.1", 8042),
                announced, !noProxy);
    }
}
