package org.dgsm.node;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.dialplan.http.DialplanHttpServer;
import org.dgsm.dialplan.http.DialplanSettings;
import org.dgsm.dialplan.lookup.MulticastAsyncMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.dialplan.http.HttpAnswer;
import org.dgsm.hlr.mslookup.MslookupServiceSettings;
import org.dgsm.node.discovery.DiscoverySettings;
import org.dgsm.node.discovery.LocalVillage;
import org.dgsm.node.discovery.PeerDiscovery;
import org.dgsm.node.mslookup.VillageAnswers;
import org.dgsm.node.status.GsupPeerStatus;
import org.dgsm.node.status.Metrics;
import org.dgsm.node.status.MslookupCounters;
import org.dgsm.node.status.StatusCollector;
import org.dgsm.node.status.StatusRoutes;
import org.dgsm.smpp.SmsHandler;
import org.dgsm.node.sms.SmsQueues;
import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.proxy.DgsmProxy;
import org.dgsm.hlr.proxy.ProxySettings;
import org.dgsm.hlr.proxy.VisitorAttachRecords;
import org.dgsm.hlr.proxy.netty.DgsmProxyService;
import org.dgsm.node.status.Visitor;
import org.dgsm.node.status.SupervisedProgram;
import org.dgsm.node.site.ProgramSpec;
import org.dgsm.node.site.ProgramSupervisor;
import org.dgsm.hlr.ctrl.netty.CtrlServer;
import org.dgsm.hlr.mslookup.HlrAnswerSource;
import org.dgsm.hlr.netty.GsupServer;
import org.dgsm.hlr.netty.GsupServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * One running village: its subscriber store, the HLR serving the local MSCs/SGSNs over GSUP with the D-GSM proxy
 * for visitors in front of it, the mslookup responder and client, the SMS handler, the HTTP lookup API for the PBX
 * with the status page, osmo-hlr's CTRL interface and peer discovery.
 */
public final class VillageNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VillageNode.class);

    private final NodeSettings settings;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private MslookupResponder responder;
    private HlrCore hlr;
    private PeerDiscovery discovery;
    private DgsmProxy proxy;
    private final List<ProgramSupervisor> supervisors = new java.util.ArrayList<>();
    private SmsHandler sms;
    private GsupServer gsup;
    private DialplanHttpServer http;

    private VillageNode(NodeSettings settings) {
        this.settings = settings;
    }

    /** Starts every part; on any failure closes what was already started and rethrows. */
    public static VillageNode start(NodeSettings settings) throws IOException {
        VillageNode node = new VillageNode(settings);
        try {
            node.startParts();
        } catch (IOException | RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    private void startParts() throws IOException {
        // first: a new village takes about 4 s to be announced, the rest of the start runs meanwhile
        if (settings.discoveryEnabled()) {
            discovery = PeerDiscovery.start(DiscoverySettings.defaults(meshAddress()),
                    new LocalVillage(settings.siteName(), BuildInfo.version(), settings.services(), settings.httpBind().getPort()),
                    Clock.systemUTC(), event -> log.info("peer village {}", event));
            resources.push(discovery);
        }
        SubscriberStore store = SubscriberStore.open(settings.database());
        resources.push(store);
        for (ProgramSpec program : settings.programs()) {
            ProgramSupervisor supervisor = ProgramSupervisor.start(program);
            supervisors.add(supervisor);
            resources.push(supervisor);
        }

        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        resources.push(() -> group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly());

        hlr = new HlrCore(store, settings.hlr());
        // visitors' GSUP goes through the D-GSM proxy in front of the HLR; it reaches their homes once wired below
        proxy = settings.proxyEnabled() ? DgsmProxy.inFrontOf(hlr, store, ProxySettings.defaults()) : null;
        gsup = GsupServer.start(group, settings.gsupBind(), proxy != null ? proxy : hlr,
                GsupServerSettings.defaults().withPeerPolicy(settings.gsupPeers()));
        resources.push(gsup);

        if (settings.ctrlBind() != null) {
            resources.push(CtrlServer.start(group, settings.ctrlBind(), store));
        }

        Clock clock = Clock.systemUTC();
        responder = new MslookupResponder(settings.domainSuffix(), new HlrAnswerSource(store,
                VillageAnswers.from(settings), clock,
                proxy == null ? List.of() : List.of(new VisitorAttachRecords(proxy.cache(), clock))));
        resources.push(MulticastMslookupResponder.open(group, settings.mslookup(), responder, settings.domainSuffix(),
                settings.signing()));

        MulticastMslookupClient client = MulticastMslookupClient.open(group, settings.mslookup(), settings.domainSuffix(),
                settings.signing());
        resources.push(client);
        if (proxy != null) {
            resources.push(DgsmProxyService.start(group, gsup, proxy, client, ProxySettings.defaults()));
        }
        SubscriberLocator locator = SubscriberLocator.builder(new MulticastAsyncMslookup(client)).build();
        DialplanSettings dialplan = DialplanSettings.defaults();
        for (Map.Entry<String, ServiceAddress> own : settings.services().entrySet()) {
            dialplan = dialplan.withOwnService(own.getKey(), own.getValue());
        }
        if (settings.sms() != null) {
            sms = SmsHandler.start(settings.sms(), client);
            resources.push(sms);
        }

        StatusCollector status = statusCollector(store);
        StatusRoutes statusRoutes = new StatusRoutes(status::snapshot, new Metrics(status::snapshot));
        http = DialplanHttpServer.start(group, settings.httpBind(), locator, dialplan,
                (method, target) -> statusRoutes.handle(method, target).map(r ->
                        new HttpAnswer(r.status(), r.contentType(), r.bodyText(), r.headers())));
        resources.push(http);

        log.info("village '{}' up: HLR '{}' with subscribers in {}, GSUP on {}, mslookup on {}, HTTP on {}",
                settings.siteName(), settings.hlr().ipaName(), settings.database(), gsup.localAddress(),
                settings.mslookup(), http.localAddress());
    }

    private StatusCollector statusCollector(SubscriberStore store) {
        Clock clock = Clock.systemUTC();
        StatusCollector.Builder b = StatusCollector.builder(settings.siteName(), BuildInfo.version(), clock)
                .startedAt(clock.instant())
                .gsupPeers(() -> hlr.connectedPeers().stream()
                        .map(p -> new GsupPeerStatus(p.name(), Instant.ofEpochMilli(p.connectedAtMillis()),
                                p.servesCs(), p.servesPs()))
                        .toList())
                .attachedSubscribers(() -> store.countAttachedSince(
                        clock.instant().minus(MslookupServiceSettings.DEFAULT_VALIDITY)))
                .mslookup(() -> new MslookupCounters(responder.queriesSeen(), responder.answered(),
                        responder.malformedPackets()));
        if (discovery != null) {
            b.peers(discovery::peers);
        }
        if (sms != null) {
            b.smsQueue(() -> SmsQueues.summary(sms.queue()));
        }
        if (!supervisors.isEmpty()) {
            b.programs(() -> supervisors.stream().map(ProgramSupervisor::status)
                    .map(p -> new SupervisedProgram(p.name(), p.state().name(), p.startedAt(), p.restarts(),
                            p.lastExitCode()))
                    .toList());
        }
        if (proxy != null) {
            b.visitors(() -> proxy.cache().list().stream()
                    .map(v -> new Visitor(v.imsi(), v.msisdn(), v.home() == null ? null : v.home().toString(),
                            v.csLocationUpdate() != null ? v.csLocationUpdate() : v.updated()))
                    .toList());
        }
        return b.build();
    }

    /** Where DNS-SD runs: the GSUP address when it is a concrete one, else the mslookup interface's IPv4 address. */
    private InetAddress meshAddress() throws IOException {
        if (!settings.gsupBind().getAddress().isAnyLocalAddress()) {
            return settings.gsupBind().getAddress();
        }
        return Collections.list(settings.mslookup().networkInterface().getInetAddresses()).stream()
                .filter(a -> a instanceof Inet4Address).findFirst()
                .orElseThrow(() -> new IOException("interface " + settings.mslookup().networkInterface().getName()
                        + " has no IPv4 address for peer discovery; set discovery: enabled: false or bind GSUP"));
    }

    public MslookupResponder responder() {
        return responder;
    }

    public HlrCore hlr() {
        return hlr;
    }

    public GsupServer gsup() {
        return gsup;
    }

    public InetSocketAddress httpAddress() {
        return http.localAddress();
    }

    public NodeSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (!resources.isEmpty()) {
            log.info("village '{}' stopping", settings.siteName());
        }
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                log.warn("error while stopping: {}", e.toString());
            }
        }
    }
}
