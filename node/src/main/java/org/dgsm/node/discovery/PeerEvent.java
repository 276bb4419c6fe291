package org.dgsm.node.discovery;

/** A change in the {@link PeerTable}, carrying the peer as it is after the change. */
public sealed interface PeerEvent {

    Peer peer();

    /** A village heard of for the first time. */
    record Appeared(Peer peer) implements PeerEvent {
    }

    /** A village that was up went silent for longer than the liveness timeout, or said goodbye. */
    record WentDown(Peer peer, Reason reason) implements PeerEvent {

        public enum Reason {
            /** Not heard of within the liveness timeout: killed, crashed, or its link is gone. */
            SILENT,
            /** It withdrew its announcement on a clean shutdown. */
            SAID_GOODBYE
        }
    }

    /** A village that was down is heard of again. */
    record CameBack(Peer peer) implements PeerEvent {
    }

    /** A village that stays up announced a different version, services, addresses or port. */
    record Changed(Peer peer, Peer before) implements PeerEvent {
    }
}
