package org.dgsm.smpp.it;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.IdType;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Multicast mslookup on loopback for the villages of a test: one client (shared by the handlers) and one responder
 * per village answering {@code smpp.sms.<msisdn>.msisdn} for the subscribers attached there, the way a village's
 * HLR does.
 */
final class MslookupNet implements AutoCloseable {

    /** Subscribers attached at one village and the SMPP address the village answers with. */
    static final class Attached {
        private final Map<String, ServiceAddress> subscribers = new ConcurrentHashMap<>();

        void attach(String msisdn, ServiceAddress smppAddress) {
            subscribers.put(msisdn, smppAddress);
        }

        void detach(String msisdn) {
            subscribers.remove(msisdn);
        }

        Optional<MslookupResult> lookup(MslookupQuery query) {
            if (!query.service().equals("smpp.sms") || query.id().type() != IdType.MSISDN) {
                return Optional.empty();
            }
            ServiceAddress address = subscribers.get(query.id().digits());
            return address == null ? Optional.empty() : Optional.of(new MslookupResult(0, address, null));
        }
    }

    private final EventLoopGroup group;
    private final MulticastConfig config;
    private final MulticastMslookupClient client;
    private final List<MulticastMslookupResponder> responders = new ArrayList<>();

    private MslookupNet(EventLoopGroup group, MulticastConfig config, MulticastMslookupClient client) {
        this.group = group;
        this.config = config;
        this.client = client;
    }

    static MslookupNet open(int port) throws IOException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        MulticastConfig config = MulticastConfig.defaults()
                .withGroup(InetAddress.getByName(MulticastConfig.DEFAULT_GROUP), port);
        try {
            return new MslookupNet(group, config, MulticastMslookupClient.open(group, config, DomainSuffix.DEFAULT));
        } catch (IOException | RuntimeException e) {
            group.shutdownGracefully();
            throw e;
        }
    }

    MulticastMslookupClient client() {
        return client;
    }

    /** A village's answers: attach subscribers to it. */
    Attached responder() throws IOException {
        Attached attached = new Attached();
        responders.add(MulticastMslookupResponder.open(group, config,
                new MslookupResponder(DomainSuffix.DEFAULT, attached::lookup)));
        return attached;
    }

    @Override
    public void close() {
        responders.forEach(MulticastMslookupResponder::close);
        client.close();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
