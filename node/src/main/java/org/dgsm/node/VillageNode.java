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
import org.dgsm.node.mslookup.HomeHlrAnswerSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/** One running village: its subscriber store and the mslookup responder that tells the mesh about it. */
public final class VillageNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VillageNode.class);

    private final NodeSettings settings;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private MslookupResponder responder;
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
        SubscriberStore store = SubscriberStore.open(settings.database());
        resources.push(store);

        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        resources.push(() -> group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly());

        ServiceAddress gsupHlr = settings.services().getOrDefault(HomeHlrAnswerSource.SERVICE,
                new ServiceAddress(settings.gsupBind().getAddress(), settings.gsupBind().getPort()));
        responder = new MslookupResponder(settings.domainSuffix(), new HomeHlrAnswerSource(store, gsupHlr));
        resources.push(MulticastMslookupResponder.open(group, settings.mslookup(), responder));

        MulticastMslookupClient client = MulticastMslookupClient.open(group, settings.mslookup(), settings.domainSuffix());
        resources.push(client);
        SubscriberLocator locator = SubscriberLocator.builder(new MulticastAsyncMslookup(client)).build();
        DialplanSettings dialplan = DialplanSettings.defaults();
        for (Map.Entry<String, ServiceAddress> own : settings.services().entrySet()) {
            dialplan = dialplan.withOwnService(own.getKey(), own.getValue());
        }
        http = DialplanHttpServer.start(group, settings.httpBind(), locator, dialplan);
        resources.push(http);

        log.info("village '{}' up: subscribers in {}, mslookup on {} answering gsup.hlr with {}:{}, HTTP on {}",
                settings.siteName(), settings.database(), settings.mslookup(),
                gsupHlr.ip().getHostAddress(), gsupHlr.port(), http.localAddress());
    }

    public MslookupResponder responder() {
        return responder;
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
