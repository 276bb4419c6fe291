package org.dgsm.hlr.proxy.netty;

import io.netty.channel.EventLoopGroup;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientListener;
import org.dgsm.hlr.netty.GsupClientSettings;
import org.dgsm.hlr.netty.GsupServer;
import org.dgsm.hlr.proxy.DgsmProxy;
import org.dgsm.hlr.proxy.HomeAddress;
import org.dgsm.hlr.proxy.HomeLinks;
import org.dgsm.hlr.proxy.HomeLookups;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a {@link DgsmProxy} on the network: its lookups go to a {@link MulticastMslookupClient} ({@code gsup.hlr},
 * min-delay = timeout = {@link org.dgsm.hlr.proxy.ProxySettings#lookupTimeout()}, the first age-0 answer wins at
 * once), its home links are {@link GsupClient}s (one per home address, kept with keepalive and reconnect, presenting
 * the HLR's own IPA name; "ready" only once home accepted our identity), and everything they report is injected
 * into the {@link GsupServer}'s handler thread, where the proxy runs.
 *
 * <p>Wiring (two phases, because the server needs its handler at start):
 * <pre>{@code
 * DgsmProxy proxy = DgsmProxy.inFrontOf(hlrCore, store, proxySettings);
 * GsupServer server = GsupServer.start(group, bind, proxy, serverSettings);
 * DgsmProxyService service = DgsmProxyService.start(group, server, proxy, mslookupClient, proxySettings);
 * ...
 * service.close();   // before server.close()
 * }</pre>
 */
public final class DgsmProxyService implements HomeLookups, HomeLinks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DgsmProxyService.class);
    public static final String SOFTWARE_VERSION = "dgsm-node";

    private final EventLoopGroup group;
    private final GsupServer server;
    private final DgsmProxy proxy;
    private final MulticastMslookupClient mslookup;
    private final long lookupTimeoutMillis;
    private final GsupClientSettings clientSettings;
    private final Map<HomeAddress, GsupClient> links = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private DgsmProxyService(EventLoopGroup group, GsupServer server, DgsmProxy proxy,
                             MulticastMslookupClient mslookup, long lookupTimeoutMillis,
                             GsupClientSettings clientSettings) {
        this.group = group;
        this.server = server;
        this.proxy = proxy;
        this.mslookup = mslookup;
        this.lookupTimeoutMillis = lookupTimeoutMillis;
        this.clientSettings = clientSettings;
    }

    /**
     * Gives the proxy (already the server's handler) its lookups and home links.
     *
     * @param group    event loops for the home links (the caller shuts it down after {@link #close()})
     * @param server   the GSUP server whose handler is {@code proxy}
     * @param proxy    the proxy
     * @param mslookup the mDNS client (the caller closes it)
     * @param settings the proxy's settings (lookup timeout)
     */
    public static DgsmProxyService start(EventLoopGroup group, GsupServer server, DgsmProxy proxy,
                                         MulticastMslookupClient mslookup,
                                         org.dgsm.hlr.proxy.ProxySettings settings) {
        return start(group, server, proxy, mslookup, settings, null);
    }

    /** As {@link #start(EventLoopGroup, GsupServer, DgsmProxy, MulticastMslookupClient,
     * org.dgsm.hlr.proxy.ProxySettings)}, with the home links' settings (identity, keepalive, reconnect) given;
     * {@code null} means osmo's defaults with the HLR's IPA name. */
    public static DgsmProxyService start(EventLoopGroup group, GsupServer server, DgsmProxy proxy,
                                         MulticastMslookupClient mslookup, org.dgsm.hlr.proxy.ProxySettings settings,
                                         GsupClientSettings linkSettings) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(mslookup, "mslookup");
        Objects.requireNonNull(settings, "settings");
        GsupClientSettings clientSettings = linkSettings != null ? linkSettings
                : GsupClientSettings.of(IpaIdentity.of(proxy.ipaName(), "HLR", SOFTWARE_VERSION));
        DgsmProxyService service = new DgsmProxyService(group, server, proxy, mslookup,
                settings.lookupTimeout().toMillis(), clientSettings);
        proxy.attach(service, service);
        server.inject(proxy::onTime); // arms the proxy's housekeeping (offline attaches still to tell home)
        return service;
    }

    /** The home links now: address and whether home has accepted our identity (status). */
    public Map<HomeAddress, Boolean> homeLinks() {
        Map<HomeAddress, Boolean> view = new java.util.TreeMap<>(java.util.Comparator.comparing(HomeAddress::toString));
        links.forEach((home, client) -> view.put(home, client.isReady()));
        return view;
    }

    @Override
    public void lookUp(String imsi) {
        if (closed) {
            return;
        }
        MslookupQuery query = new MslookupQuery("gsup.hlr", MslookupId.imsi(imsi));
        AtomicBoolean done = new AtomicBoolean();
        mslookup.lookup(query, lookupTimeoutMillis, lookupTimeoutMillis, report -> {
            if (report.code() == ResultCode.RESULT && report.ageSeconds() == 0) {
                found(imsi, report, done);
            }
        }).whenComplete((last, failure) -> {
            if (failure == null && last.code() == ResultCode.RESULT) {
                found(imsi, last, done);
            }
            if (done.compareAndSet(false, true)) {
                if (failure != null) {
                    LOG.warn("Lookup of the home HLR of {} failed: {}", imsi, failure.toString());
                }
                server.inject(now -> proxy.onHomeNotFound(imsi, now));
            }
        });
    }

    private void found(String imsi, MslookupReport report, AtomicBoolean done) {
        ServiceAddress address = report.v4() != null ? report.v4() : report.v6();
        if (address == null || !done.compareAndSet(false, true)) {
            return;
        }
        HomeAddress home = new HomeAddress(address.ip().getHostAddress(), address.port());
        LOG.debug("Home HLR of {} is {} (age {})", imsi, home, report.ageSeconds());
        server.inject(now -> proxy.onHomeFound(imsi, home, now));
    }

    @Override
    public void open(HomeAddress home) {
        if (closed) {
            return;
        }
        links.computeIfAbsent(home, h -> GsupClient.connect(group, new InetSocketAddress(h.ip(), h.port()),
                clientSettings, new GsupClientListener() {
                    @Override
                    public void onMessage(GsupMessage message) {
                        server.inject(now -> proxy.onHomeMessage(h, message, now));
                    }

                    @Override
                    public void onReady() {
                        server.inject(now -> proxy.onHomeLinkReady(h, now));
                    }

                    @Override
                    public void onDisconnected(String reason) {
                        server.inject(now -> proxy.onHomeLinkDown(h, now));
                    }
                }));
    }

    @Override
    public boolean send(HomeAddress home, GsupMessage message) {
        GsupClient client = links.get(home);
        if (client == null) {
            return false;
        }
        try {
            return client.send(message);
        } catch (IllegalArgumentException e) {
            LOG.warn("{} for {} does not fit an IPA frame: not sent to {}", message.type(), message.imsi(), home);
            return false;
        }
    }

    /** Closes the home links (lookups still running end unanswered). Idempotent. */
    @Override
    public void close() {
        closed = true;
        List<GsupClient> clients = List.copyOf(links.values());
        links.clear();
        clients.forEach(GsupClient::close);
    }
}
