package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.CnDomain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connected peers and osmo-hlr's route table (gsup-ipa.md §8): which connected peer reaches a given IPA name.
 * A peer reaches itself; a peer that forwards messages with another Source-Name (a D-GSM proxy) also reaches that
 * source. A learned route is never moved to another peer (the first one wins, as in osmo); unlike osmo, a peer that
 * connects directly takes over its own name, so a direct connection always beats an older route via a proxy.
 * All routes of a peer go when it disconnects. Thread-safe.
 */
final class GsupRoutes {

    private static final class PeerState {
        final long connectedAtMillis;
        boolean servesCs;
        boolean servesPs;

        PeerState(long connectedAtMillis) {
            this.connectedAtMillis = connectedAtMillis;
        }
    }

    private final Map<Octets, PeerState> peers = new HashMap<>();
    private final Map<Octets, Octets> routes = new HashMap<>();

    /** A peer (re)connected: a new connection under a known name starts afresh. */
    synchronized void connect(Octets peer, long nowMillis) {
        peers.put(peer, new PeerState(nowMillis));
        routes.put(peer, peer);
    }

    synchronized void disconnect(Octets peer) {
        peers.remove(peer);
        routes.values().removeIf(peer::equals);
    }

    /** Makes sure a peer that sends messages is known, even if its connect event was missed. */
    synchronized void ensureConnected(Octets peer, long nowMillis) {
        if (!peers.containsKey(peer)) {
            connect(peer, nowMillis);
        }
    }

    synchronized boolean isConnected(Octets peer) {
        return peers.containsKey(peer);
    }

    /**
     * Records that {@code peer} forwards for {@code source}.
     *
     * @return false if {@code source} is already reached through another peer (osmo answers a Routing Error)
     */
    synchronized boolean learn(Octets source, Octets peer) {
        Octets existing = routes.putIfAbsent(source, peer);
        return existing == null || existing.equals(peer);
    }

    /** The connected peer that reaches {@code name}, if any. */
    synchronized Optional<Octets> peerFor(Octets name) {
        return Optional.ofNullable(routes.get(name));
    }

    synchronized void markServes(Octets peer, CnDomain domain) {
        PeerState state = peers.get(peer);
        if (state == null) {
            return;
        }
        if (domain == CnDomain.CS) {
            state.servesCs = true;
        } else {
            state.servesPs = true;
        }
    }

    /** The connected peers ordered by name. */
    synchronized List<ConnectedPeer> connectedPeers() {
        List<ConnectedPeer> list = new ArrayList<>(peers.size());
        peers.forEach((name, state) -> list.add(new ConnectedPeer(name, IpaNames.toText(name),
                state.connectedAtMillis, state.servesCs, state.servesPs)));
        list.sort(Comparator.comparing(ConnectedPeer::name).thenComparing(p -> p.ipaName().toHex()));
        return List.copyOf(list);
    }
}
