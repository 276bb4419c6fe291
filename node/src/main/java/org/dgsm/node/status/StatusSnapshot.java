package org.dgsm.node.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the status page, {@code /status.json} and {@code /metrics} show, taken at one moment.
 *
 * @param village             this village's name
 * @param version             the software version
 * @param takenAt             when the snapshot was taken
 * @param uptime              how long the node has been running
 * @param peers               the other villages, sorted by name
 * @param gsupPeers           the MSCs, SGSNs and other GSUP clients connected to the HLR
 * @param attachedSubscribers subscribers attached here (own and visitors)
 * @param visitors            subscribers of other villages attached here
 * @param smsQueue            the store-and-forward SMS queue
 * @param mslookup            the mslookup responder's counters
 * @param unavailable         the sections whose source failed when the snapshot was taken (shown empty)
 */
public record StatusSnapshot(String village, String version, Instant takenAt, Duration uptime, List<PeerStatus> peers,
                             List<GsupPeerStatus> gsupPeers, long attachedSubscribers, List<Visitor> visitors,
                             SmsQueueSummary smsQueue, MslookupCounters mslookup, List<String> unavailable,
                             List<SupervisedProgram> programs) {

    /** A snapshot of a node that supervises no programs. */
    public StatusSnapshot(String village, String version, Instant takenAt, Duration uptime, List<PeerStatus> peers,
                          List<GsupPeerStatus> gsupPeers, long attachedSubscribers, List<Visitor> visitors,
                          SmsQueueSummary smsQueue, MslookupCounters mslookup, List<String> unavailable) {
        this(village, version, takenAt, uptime, peers, gsupPeers, attachedSubscribers, visitors, smsQueue, mslookup,
                unavailable, List.of());
    }

    public StatusSnapshot {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(smsQueue, "smsQueue");
        Objects.requireNonNull(mslookup, "mslookup");
        peers = List.copyOf(peers);
        gsupPeers = List.copyOf(gsupPeers);
        visitors = List.copyOf(visitors);
        unavailable = List.copyOf(unavailable);
        programs = List.copyOf(programs);
    }

    public long peersUp() {
        return peers.stream().filter(PeerStatus::up).count();
    }
}
