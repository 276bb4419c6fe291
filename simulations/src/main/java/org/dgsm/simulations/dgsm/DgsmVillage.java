package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.simulations.engine.Simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

/**
 * One village of a D-GSM system: its subscriber database and HLR core (production), the proxy in front of the core
 * (production, or the OsmoHLR model), its mslookup sockets (production client engine and responder), and its MSC
 * (model). Routes the GSUP
 * messages its HLR sends: to its MSC, or over a GSUP link to a proxying village.
 */
final class DgsmVillage {

    /** Where GSUP for other villages goes. */
    interface Links {
        /** The village whose HLR is named {@code peer}, or -1. */
        int villageOfHlr(Octets peer);

        void sendToProxy(int home, int proxy, GsupMessage message);
    }

    final int index;
    final String name;
    final Octets hlrName;
    final Octets mscName;
    final SubscriberStore store;
    final HlrCore core;
    private final Simulator simulator;
    private final Links links;
    private GsupHandler handler;
    private VillageProxy proxy;
    private MslookupStation station;
    private VillageMsc msc;
    private long hlrWakeAt = Long.MAX_VALUE;
    private long hlrWakeGeneration;
    private long unroutable;

    DgsmVillage(int index, String name, SubscriberStore store, HlrCore core, Simulator simulator, Links links) {
        this.index = index;
        this.name = name;
        this.hlrName = ipaName("hlr-" + name);
        this.mscName = ipaName("msc-" + name);
        this.store = store;
        this.core = core;
        this.simulator = simulator;
        this.links = links;
    }

    void wire(VillageProxy proxy, MslookupStation station, VillageMsc msc) {
        this.proxy = proxy;
        this.handler = proxy.handler();
        this.station = station;
        this.msc = msc;
        route(handler.onPeerConnected(mscName, simulator.now()));
    }

    static Octets ipaName(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, withNul, 0, utf8.length);
        return Octets.of(withNul);
    }

    VillageProxy proxy() {
        return proxy;
    }

    MslookupStation station() {
        return station;
    }

    VillageMsc msc() {
        return msc;
    }

    /** The MSC hands a message to its HLR (through the village's GSUP server). */
    void fromMsc(GsupMessage message) {
        simulator.after(0, () -> route(handler.onMessage(mscName, message, simulator.now())));
    }

    /** A proxying village's HLR sent a message to this (home) HLR. */
    void fromProxyPeer(Octets proxyName, GsupMessage message) {
        route(handler.onMessage(proxyName, message, simulator.now()));
    }

    void proxyPeerChanged(Octets proxyName, boolean connected) {
        long now = simulator.now();
        route(connected ? handler.onPeerConnected(proxyName, now) : handler.onPeerDisconnected(proxyName, now));
    }

    /** Sends what the HLR (core or proxy) produced to its peers. */
    void route(List<GsupSend> sends) {
        for (GsupSend send : sends) {
            if (send.peer().equals(mscName)) {
                GsupMessage message = send.message();
                simulator.after(0, () -> msc.onGsup(message));
                continue;
            }
            int proxyVillage = links.villageOfHlr(send.peer());
            if (proxyVillage >= 0) {
                links.sendToProxy(index, proxyVillage, send.message());
            } else {
                unroutable++;
            }
        }
        armHlrTimer();
    }

    /** Keeps the HLR core's timer (the Update Location's wait for Insert Subscriber Data) running. */
    private void armHlrTimer() {
        OptionalLong deadline = handler.nextDeadline();
        if (deadline.isEmpty() || deadline.getAsLong() >= hlrWakeAt) {
            return;
        }
        long at = Math.max(deadline.getAsLong(), simulator.now());
        hlrWakeAt = at;
        long generation = ++hlrWakeGeneration;
        simulator.at(at, () -> {
            if (generation == hlrWakeGeneration) {
                hlrWakeAt = Long.MAX_VALUE;
                route(handler.onTime(simulator.now()));
            }
        });
    }

    long unroutable() {
        return unroutable;
    }
}
