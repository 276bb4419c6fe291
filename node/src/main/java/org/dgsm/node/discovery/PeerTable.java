package org.dgsm.node.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The villages this node has heard of, and whether each is up. Sans-I/O: sightings, goodbyes and the time come in as
 * calls with {@code nowMillis}; changes go out as {@link PeerEvent}s. A village is up from a sighting until it
 * says goodbye or {@code livenessTimeoutMillis} pass without another sighting ({@link #expire}).
 *
 * <p>Names compare case-insensitively. This village's own announcement is the caller's to leave out (its name may
 * change when DNS-SD resolves a name conflict). The table holds at most
 * {@code maxPeers} villages, since anyone on the mesh can announce names: when full, a new village replaces the
 * one down the longest, and is ignored while every known village is up.
 *
 * <p>Not thread-safe: one thread (or a lock) owns it.
 */
public final class PeerTable {

    public static final int DEFAULT_MAX_PEERS = 256;

    private final long livenessTimeoutMillis;
    private final int maxPeers;
    private final Map<String, Peer> peers = new TreeMap<>();

    public PeerTable(long livenessTimeoutMillis) {
        this(livenessTimeoutMillis, DEFAULT_MAX_PEERS);
    }

    public PeerTable(long livenessTimeoutMillis, int maxPeers) {
        if (livenessTimeoutMillis <= 0) {
            throw new IllegalArgumentException("liveness timeout must be positive, got " + livenessTimeoutMillis + " ms");
        }
        if (maxPeers < 1) {
            throw new IllegalArgumentException("maxPeers must be at least 1, got " + maxPeers);
        }
        this.livenessTimeoutMillis = livenessTimeoutMillis;
        this.maxPeers = maxPeers;
    }

    /** A village announced itself (or re-announced: a heartbeat). */
    public List<PeerEvent> sighted(PeerSighting sighting, long nowMillis) {
        String key = VillageNames.key(sighting.name());
        Peer before = peers.get(key);
        if (before == null) {
            if (peers.size() >= maxPeers && !forgetLongestDown()) {
                return List.of();
            }
            Peer peer = Peer.firstSighting(sighting, nowMillis);
            peers.put(key, peer);
            return List.of(new PeerEvent.Appeared(peer));
        }
        Peer after = before.sightedAgain(sighting, nowMillis);
        peers.put(key, after);
        if (!before.up()) {
            return List.of(new PeerEvent.CameBack(after));
        }
        if (!after.announcesSameAs(before)) {
            return List.of(new PeerEvent.Changed(after, before));
        }
        return List.of();
    }

    /** A village withdrew its announcement: it goes down now rather than after the liveness timeout. */
    public List<PeerEvent> saidGoodbye(String name, long nowMillis) {
        String key = VillageNames.key(name);
        Peer before = peers.get(key);
        if (before == null || !before.up()) {
            return List.of();
        }
        Peer after = before.wentDown(nowMillis);
        peers.put(key, after);
        return List.of(new PeerEvent.WentDown(after, PeerEvent.WentDown.Reason.SAID_GOODBYE));
    }

    /** Marks down every village not heard of for the liveness timeout or longer. */
    public List<PeerEvent> expire(long nowMillis) {
        List<PeerEvent> events = new ArrayList<>();
        for (Map.Entry<String, Peer> entry : peers.entrySet()) {
            Peer peer = entry.getValue();
            if (peer.up() && nowMillis - peer.lastSeenMillis() >= livenessTimeoutMillis) {
                Peer down = peer.wentDown(nowMillis);
                entry.setValue(down);
                events.add(new PeerEvent.WentDown(down, PeerEvent.WentDown.Reason.SILENT));
            }
        }
        return events;
    }

    /** Every known village, up or down, sorted by name. */
    public List<Peer> peers() {
        return List.copyOf(peers.values());
    }

    public Optional<Peer> peer(String name) {
        return Optional.ofNullable(peers.get(VillageNames.key(name)));
    }

    public long livenessTimeoutMillis() {
        return livenessTimeoutMillis;
    }

    private boolean forgetLongestDown() {
        Optional<Map.Entry<String, Peer>> oldest = peers.entrySet().stream()
                .filter(entry -> !entry.getValue().up())
                .min(Comparator.comparingLong((Map.Entry<String, Peer> entry) -> entry.getValue().sinceMillis()));
        oldest.ifPresent(entry -> peers.remove(entry.getKey()));
        return oldest.isPresent();
    }
}
