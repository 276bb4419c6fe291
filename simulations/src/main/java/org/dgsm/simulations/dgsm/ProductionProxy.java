package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.mslookup.LocalAttachRecords;
import org.dgsm.hlr.proxy.DgsmProxy;
import org.dgsm.hlr.proxy.HomeAddress;
import org.dgsm.hlr.proxy.HomeLinks;
import org.dgsm.hlr.proxy.HomeLookups;
import org.dgsm.hlr.proxy.VisitorAttachRecords;
import org.dgsm.mslookup.wire.IpAddressText;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.simulations.engine.Simulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The production D-GSM proxy ({@link DgsmProxy}, with its roaming cache in the village's SQLite file) driven on the
 * virtual network: its two ports are implemented here — {@link HomeLookups} by a real {@code gsup.hlr} mslookup
 * from the village's station, {@link HomeLinks} by the virtual GSUP links, reconnecting as our GSUP client does
 * (after 1 s, doubling to 16 s, 5 s connect timeout) — and everything the proxy returns goes to the village's peers.
 * Port calls made inside a proxy call are carried out from a fresh simulator action, so results never re-enter it.
 */
final class ProductionProxy implements VillageProxy, HomeLookups, HomeLinks {

    static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    static final long RECONNECT_MIN_MILLIS = 1_000;
    static final long RECONNECT_MAX_MILLIS = 16_000;

    private final DgsmVillage village;
    private final DgsmProxy proxy;
    private final Simulator simulator;
    private final GsupLinks links;
    private final long lookupTimeoutMillis;
    private final Set<Integer> wanted = new HashSet<>();
    private final Set<Integer> connecting = new HashSet<>();
    private final Map<Integer, Long> backoff = new HashMap<>();
    private long lookups;
    private long lookupFailures;
    private long linkOpens;
    private long sendsRefused;

    ProductionProxy(DgsmVillage village, DgsmProxy proxy, Simulator simulator, GsupLinks links,
                    long lookupTimeoutMillis) {
        this.village = village;
        this.proxy = proxy;
        this.simulator = simulator;
        this.links = links;
        this.lookupTimeoutMillis = lookupTimeoutMillis;
        proxy.attach(this, this);
    }

    /** The visitors attached here, for the production mslookup answer source. */
    LocalAttachRecords attachRecords(Clock clock) {
        return new VisitorAttachRecords(proxy.cache(), clock);
    }

    @Override
    public GsupHandler handler() {
        return proxy;
    }

    // ---- HomeLookups ----------------------------------------------------------------------------------------------

    @Override
    public void lookUp(String imsi) {
        lookups++;
        MslookupQuery query = new MslookupQuery("gsup.hlr", MslookupId.imsi(imsi));
        simulator.after(0, () -> village.station().lookup(query, lookupTimeoutMillis, 0, outcome -> {
            HomeAddress home = homeAddress(outcome.best());
            long now = simulator.now();
            if (home == null) {
                lookupFailures++;
                village.route(proxy.onHomeNotFound(imsi, now));
            } else {
                village.route(proxy.onHomeFound(imsi, home, now));
            }
        }));
    }

    private static HomeAddress homeAddress(MslookupResult result) {
        if (result == null) {
            return null;
        }
        if (result.v4() != null) {
            return new HomeAddress(IpAddressText.format(result.v4().ip()), result.v4().port());
        }
        return new HomeAddress(IpAddressText.format(result.v6().ip()), result.v6().port());
    }

    // ---- HomeLinks ------------------------------------------------------------------------------------------------

    @Override
    public void open(HomeAddress home) {
        int target = AddressPlan.villageOf(home.ip());
        if (target < 0 || !wanted.add(target)) {
            return;
        }
        linkOpens++;
        simulator.after(0, () -> connect(target));
    }

    private void connect(int home) {
        if (!connecting.add(home)) {
            return;
        }
        links.connect(village.index, home, up -> {
            connecting.remove(home);
            if (up) {
                backoff.remove(home);
                village.route(proxy.onHomeLinkReady(address(home), simulator.now()));
            } else {
                reconnectLater(home);
            }
        });
    }

    private void reconnectLater(int home) {
        long delay = backoff.getOrDefault(home, RECONNECT_MIN_MILLIS);
        backoff.put(home, Math.min(RECONNECT_MAX_MILLIS, delay * 2));
        simulator.after(delay, () -> connect(home));
    }

    @Override
    public boolean send(HomeAddress home, GsupMessage message) {
        int target = AddressPlan.villageOf(home.ip());
        if (target < 0 || !links.isUp(village.index, target)) {
            sendsRefused++;
            return false;
        }
        links.sendToHome(village.index, target, message);
        return true;
    }

    // ---- from the virtual links --------------------------------------------------------------------------------------

    @Override
    public void onHomeMessage(int home, GsupMessage message) {
        village.route(proxy.onHomeMessage(address(home), message, simulator.now()));
    }

    @Override
    public void onHomeLinkDown(int home) {
        village.route(proxy.onHomeLinkDown(address(home), simulator.now()));
        if (wanted.contains(home)) {
            reconnectLater(home);
        }
    }

    private static HomeAddress address(int village) {
        return new HomeAddress(IpAddressText.format(AddressPlan.address(village)), AddressPlan.GSUP_PORT);
    }

    @Override
    public void addCounters(Map<String, Long> c) {
        c.merge("proxyHomeLookups", lookups, Long::sum);
        c.merge("proxyHomeLookupFailures", lookupFailures, Long::sum);
        c.merge("proxyHomeLinksOpened", linkOpens, Long::sum);
        c.merge("proxySendsOnLinkNotReady", sendsRefused, Long::sum);
        c.merge("proxyWaitingRequestsAtEnd", (long) proxy.waitingRequests(), Long::sum);
        c.merge("proxyInternalErrors", proxy.internalErrors(), Long::sum);
    }
}
