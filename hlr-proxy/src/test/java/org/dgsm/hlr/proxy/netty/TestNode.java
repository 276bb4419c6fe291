package org.dgsm.hlr.proxy.netty;

import io.netty.channel.EventLoopGroup;
import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.mslookup.HlrAnswerSource;
import org.dgsm.hlr.mslookup.MslookupServiceSettings;
import org.dgsm.hlr.mslookup.ServiceAddresses;
import org.dgsm.hlr.netty.GsupClientSettings;
import org.dgsm.hlr.netty.GsupServer;
import org.dgsm.hlr.netty.GsupServerSettings;
import org.dgsm.hlr.proxy.DgsmProxy;
import org.dgsm.hlr.proxy.ProxySettings;
import org.dgsm.hlr.proxy.VisitorAttachRecords;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A village in one JVM: SQLite store, HLR core, D-GSM proxy, GSUP server on {@code ip:4222}, mslookup responder
 * (gsup.hlr at ip:4222, sip.voice at ip:5060) and mslookup client, all on loopback.
 */
final class TestNode implements AutoCloseable {

    static final String MDNS_GROUP = "239.192.23.42";

    final String ip;
    final SubscriberStore store;
    final HlrCore core;
    final DgsmProxy proxy;
    final GsupServer server;
    final HlrAnswerSource answers;
    final MulticastMslookupResponder responder;
    final MulticastMslookupClient mslookup;
    final ProxySettings settings;
    final GsupClientSettings links;
    DgsmProxyService service;

    TestNode(EventLoopGroup group, Path db, String ip, String ipaName, int mdnsPort, ProxySettings settings)
            throws Exception {
        this.ip = ip;
        this.store = SubscriberStore.open(db);
        HlrSettings hlrSettings = HlrSettings.defaults().withIpaName(ipaName);
        this.core = new HlrCore(store, hlrSettings);
        this.proxy = DgsmProxy.inFrontOf(core, store, settings);
        this.server = GsupServer.start(group, new InetSocketAddress(ip, 4222), proxy, GsupServerSettings.defaults());
        MulticastConfig mdns = MulticastConfig.of(MDNS_GROUP, mdnsPort, "lo", 1);
        ServiceAddress gsup = new ServiceAddress(InetAddress.getByName(ip), 4222);
        ServiceAddress sip = new ServiceAddress(InetAddress.getByName(ip), 5060);
        MslookupServiceSettings services = new MslookupServiceSettings(Map.of("sip.voice", ServiceAddresses.of(sip)),
                Map.of(), ServiceAddresses.of(gsup), MslookupServiceSettings.DEFAULT_VALIDITY);
        this.answers = new HlrAnswerSource(store, services, Clock.systemUTC(),
                List.of(new VisitorAttachRecords(proxy.cache(), Clock.systemUTC())));
        this.responder = MulticastMslookupResponder.open(group, mdns,
                new MslookupResponder("mdns.osmocom.org", answers));
        this.mslookup = MulticastMslookupClient.open(group, mdns, "mdns.osmocom.org");
        this.settings = settings;
        this.links = GsupClientSettings.of(IpaIdentity.of(ipaName, "HLR", "dgsm-test")).withReconnect(100, 500);
        this.service = DgsmProxyService.start(group, server, proxy, mslookup, settings, links);
    }

    /** Drops every home link and starts a new service: the next request to a home opens a fresh link. */
    void freshLinks(EventLoopGroup group) {
        service.close();
        service = DgsmProxyService.start(group, server, proxy, mslookup, settings, links);
    }

    @Override
    public void close() {
        service.close();
        server.close();
        responder.close();
        mslookup.close();
        store.close();
    }
}
