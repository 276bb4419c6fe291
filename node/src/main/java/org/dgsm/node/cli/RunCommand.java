package org.dgsm.node.cli;

import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import org.dgsm.node.config.ConfigException;
import org.dgsm.node.config.VillageConfigLoader;
import org.dgsm.node.net.Addresses;
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

/**
 * `dgsm run`: one village node, until SIGTERM/SIGINT. Settings come from the defaults, then the config file,
 * then the options given on the command line.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Run one village node.", sortOptions = false)
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "village.yaml; options given here override it.")
    Path config;

    @Option(names = "--site", paramLabel = "NAME", description = "This village's name (default: village).")
    String site;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Subscriber database, an osmo-hlr hlr.db (created if missing; default: var/hlr.db).")
    Path db;

    @Option(names = "--gsup-bind", paramLabel = "IP:PORT", description = "GSUP address (default: 127.0.0.1:4222).")
    String gsupBind;

    @Option(names = "--mdns-group", paramLabel = "IP:PORT",
            description = "mslookup multicast group (default: 239.192.23.42:4266).")
    String mdnsGroup;

    @Option(names = "--mdns-interface", paramLabel = "IFACE",
            description = "The one interface mslookup uses (default: lo, so lookups never leak onto an uplink).")
    String mdnsInterface;

    @Option(names = "--mdns-ttl", paramLabel = "N",
            description = "Multicast TTL; raise it when villages are joined through routers (default: 1).")
    Integer mdnsTtl;

    @Option(names = "--mdns-domain-suffix", paramLabel = "SUFFIX", description = "(default: mdns.osmocom.org)")
    String domainSuffix;

    @Option(names = "--http-bind", paramLabel = "IP:PORT", description = "HTTP API and status page (default: 127.0.0.1:8042).")
    String httpBind;

    @Option(names = "--service", paramLabel = "NAME=IP:PORT",
            description = "Address announced for a service of subscribers here (sip.voice, smpp.sms, ...);"
                    + " gsup.hlr defaults to the GSUP bind address. Replaces the config file's services.")
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
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("ERROR: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Path parent = settings.database().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        VillageNode node = VillageNode.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "dgsm-shutdown"));
        stopped.await();
        return 0;
    }

    NodeSettings settings() throws ConfigException {
        NodeSettings.Builder b = config != null ? VillageConfigLoader.load(config) : NodeSettings.builder();
        if (site != null) {
            b.siteName(site);
        }
        if (db != null) {
            b.database(db);
        }
        if (gsupBind != null) {
            b.gsupBind(Addresses.socketAddress(gsupBind, NodeSettings.DEFAULT_GSUP_PORT));
        }
        if (mdnsGroup != null || mdnsInterface != null || mdnsTtl != null) {
            MulticastConfig current = b.mslookupOrDefault();
            InetSocketAddress group = mdnsGroup == null
                    ? new InetSocketAddress(current.group(), current.port())
                    : Addresses.socketAddress(mdnsGroup, MulticastConfig.DEFAULT_PORT);
            b.mslookup(MulticastConfig.of(group.getAddress().getHostAddress(), group.getPort(),
                    mdnsInterface != null ? mdnsInterface : current.networkInterface().getName(),
                    mdnsTtl != null ? mdnsTtl : current.ttl()));
        }
        if (domainSuffix != null) {
            b.domainSuffix(domainSuffix);
        }
        if (httpBind != null) {
            b.httpBind(Addresses.socketAddress(httpBind, 8042));
        }
        if (!services.isEmpty()) {
            Map<String, ServiceAddress> announced = new LinkedHashMap<>();
            for (String s : services) {
                Map.Entry<String, ServiceAddress> e = Addresses.service(s);
                if (announced.put(e.getKey(), e.getValue()) != null) {
                    throw new IllegalArgumentException("--service " + e.getKey() + " given twice");
                }
            }
            b.services(announced);
        }
        if (noProxy) {
            b.proxyEnabled(false);
        }
        return b.build();
    }
}
