package org.dgsm.node.status;

import org.dgsm.node.discovery.Peer;
import org.dgsm.node.discovery.VillageNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Takes {@link StatusSnapshot}s from the parts of a running node. Each part is a small supplier wired by whoever
 * builds the node; a part not wired shows as empty. A supplier that throws does not break the page: its section
 * shows empty and is named in {@link StatusSnapshot#unavailable()}. Suppliers are called on the thread that asks for
 * the snapshot (an HTTP worker), so they must be quick and thread-safe.
 */
public final class StatusCollector {

    private static final Logger log = LoggerFactory.getLogger(StatusCollector.class);

    private final String village;
    private final String version;
    private final Clock clock;
    private final Instant startedAt;
    private final Supplier<List<Peer>> peers;
    private final Supplier<List<LinkHealth>> links;
    private final Supplier<List<GsupPeerStatus>> gsupPeers;
    private final LongSupplier attachedSubscribers;
    private final Supplier<List<Visitor>> visitors;
    private final Supplier<SmsQueueSummary> smsQueue;
    private final Supplier<List<SupervisedProgram>> programs;
    private final Supplier<MslookupCounters> mslookup;

    private StatusCollector(Builder b) {
        this.village = b.village;
        this.version = b.version;
        this.clock = b.clock;
        this.startedAt = b.startedAt != null ? b.startedAt : b.clock.instant();
        this.peers = b.peers;
        this.links = b.links;
        this.gsupPeers = b.gsupPeers;
        this.attachedSubscribers = b.attachedSubscribers;
        this.visitors = b.visitors;
        this.smsQueue = b.smsQueue;
        this.programs = b.programs;
        this.mslookup = b.mslookup;
    }

    public static Builder builder(String village, String version, Clock clock) {
        return new Builder(village, version, clock);
    }

    public StatusSnapshot snapshot() {
        Instant now = clock.instant();
        List<String> unavailable = new ArrayList<>();
        List<Peer> discovered = take("peers", peers, List.of(), unavailable);
        List<LinkHealth> health = take("links", links, List.of(), unavailable);
        List<GsupPeerStatus> gsup = take("gsupPeers", gsupPeers, List.of(), unavailable);
        long attached = take("attachedSubscribers", attachedSubscribers::getAsLong, 0L, unavailable);
        List<Visitor> visiting = take("visitors", visitors, List.of(), unavailable);
        SmsQueueSummary sms = take("smsQueue", smsQueue, SmsQueueSummary.EMPTY, unavailable);
        MslookupCounters counters = take("mslookup", mslookup, MslookupCounters.ZERO, unavailable);
        List<SupervisedProgram> supervised = take("programs", programs, List.of(), unavailable);
        Duration uptime = Duration.between(startedAt, now);
        return new StatusSnapshot(village, version, now, uptime.isNegative() ? Duration.ZERO : uptime,
                join(discovered, health), gsup, attached, visiting, sms, counters, unavailable, supervised);
    }

    /** One row per village known from discovery or from traffic, sorted by name. */
    static List<PeerStatus> join(List<Peer> discovered, List<LinkHealth> health) {
        Map<String, LinkHealth> linkByVillage = new LinkedHashMap<>();
        for (LinkHealth link : health) {
            linkByVillage.put(VillageNames.key(link.village()), link);
        }
        Map<String, PeerStatus> rows = new TreeMap<>();
        for (Peer peer : discovered) {
            String key = VillageNames.key(peer.name());
            LinkHealth link = linkByVillage.remove(key);
            Instant announced = Instant.ofEpochMilli(peer.lastSeenMillis());
            Instant lastSeen = link != null && link.lastHeard() != null && link.lastHeard().isAfter(announced)
                    ? link.lastHeard() : announced;
            rows.put(key, new PeerStatus(peer.name(), peer.up() ? PeerStatus.State.UP : PeerStatus.State.DOWN,
                    Instant.ofEpochMilli(peer.sinceMillis()), lastSeen, peer.version(), peer.addresses(),
                    peer.httpPort(), peer.services(), link == null ? null : link.rtt()));
        }
        for (Map.Entry<String, LinkHealth> entry : linkByVillage.entrySet()) {
            LinkHealth link = entry.getValue();
            rows.put(entry.getKey(), new PeerStatus(link.village(), PeerStatus.State.UNDISCOVERED, null,
                    link.lastHeard(), "", List.of(), 0, Map.of(), link.rtt()));
        }
        return List.copyOf(rows.values());
    }

    private static <T> T take(String section, Supplier<T> source, T empty, List<String> unavailable) {
        try {
            T value = source.get();
            if (value == null) {
                throw new IllegalStateException("source returned null");
            }
            return value;
        } catch (RuntimeException e) {
            log.warn("status section '{}' unavailable: {}", section, e.toString());
            unavailable.add(section);
            return empty;
        }
    }

    /** Sets the node's identity and, optionally, each source. */
    public static final class Builder {

        private final String village;
        private final String version;
        private final Clock clock;
        private Instant startedAt;
        private Supplier<List<Peer>> peers = List::of;
        private Supplier<List<LinkHealth>> links = List::of;
        private Supplier<List<GsupPeerStatus>> gsupPeers = List::of;
        private LongSupplier attachedSubscribers = () -> 0;
        private Supplier<List<Visitor>> visitors = List::of;
        private Supplier<SmsQueueSummary> smsQueue = () -> SmsQueueSummary.EMPTY;
        private Supplier<List<SupervisedProgram>> programs = List::of;
        private Supplier<MslookupCounters> mslookup = () -> MslookupCounters.ZERO;

        private Builder(String village, String version, Clock clock) {
            this.village = Objects.requireNonNull(village, "village");
            this.version = Objects.requireNonNull(version, "version");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** When the node started; by default when {@link #build()} is called. */
        public Builder startedAt(Instant startedAt) {
            this.startedAt = Objects.requireNonNull(startedAt);
            return this;
        }

        /** The villages from discovery, e.g. {@code discovery::peers}. */
        public Builder peers(Supplier<List<Peer>> peers) {
            this.peers = Objects.requireNonNull(peers);
            return this;
        }

        public Builder links(Supplier<List<LinkHealth>> links) {
            this.links = Objects.requireNonNull(links);
            return this;
        }

        public Builder gsupPeers(Supplier<List<GsupPeerStatus>> gsupPeers) {
            this.gsupPeers = Objects.requireNonNull(gsupPeers);
            return this;
        }

        public Builder attachedSubscribers(LongSupplier attachedSubscribers) {
            this.attachedSubscribers = Objects.requireNonNull(attachedSubscribers);
            return this;
        }

        public Builder visitors(Supplier<List<Visitor>> visitors) {
            this.visitors = Objects.requireNonNull(visitors);
            return this;
        }

        public Builder programs(Supplier<List<SupervisedProgram>> programs) {
            this.programs = programs;
            return this;
        }

        public Builder smsQueue(Supplier<SmsQueueSummary> smsQueue) {
            this.smsQueue = Objects.requireNonNull(smsQueue);
            return this;
        }

        public Builder mslookup(Supplier<MslookupCounters> mslookup) {
            this.mslookup = Objects.requireNonNull(mslookup);
            return this;
        }

        public StatusCollector build() {
            return new StatusCollector(this);
        }
    }
}
