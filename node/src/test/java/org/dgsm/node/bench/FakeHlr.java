package org.dgsm.node.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;

/**
 * A minimal HLR for bench tests, on the server's handler thread: SAI → result; UL → ISD, then on the ISD result → UL
 * result; unknown IMSIs → error cause 2; silent IMSIs → no answer at all.
 */
final class FakeHlr implements GsupHandler {

    private final Set<String> known;
    private final Set<String> silent;
    private final Map<String, GsupMessage> pendingLu = new HashMap<>();
    final Set<String> peers = ConcurrentHashMap.newKeySet();
    final AtomicInteger isdResults = new AtomicInteger();

    FakeHlr(Set<String> known, Set<String> silent) {
        this.known = known;
        this.silent = silent;
    }

    @Override
    public List<GsupSend> onPeerConnected(Octets peer, long nowMillis) {
        peers.add(new String(peer.toByteArray(), java.nio.charset.StandardCharsets.US_ASCII));
        return List.of();
    }

    @Override
    public List<GsupSend> onPeerDisconnected(Octets peer, long nowMillis) {
        return List.of();
    }

    @Override
    public List<GsupSend> onMessage(Octets peer, GsupMessage m, long nowMillis) {
        if (silent.contains(m.imsi())) {
            return List.of();
        }
        GsupMessageType type = m.type();
        if (m.isRequest() && !known.contains(m.imsi())) {
            return List.of(new GsupSend(peer, GsupReplies.error(m, GmmCause.IMSI_UNKNOWN).build()));
        }
        switch (type) {
            case SEND_AUTH_INFO_REQUEST -> {
                return List.of(new GsupSend(peer, GsupReplies.result(m).build()));
            }
            case UPDATE_LOCATION_REQUEST -> {
                pendingLu.put(key(peer, m.imsi()), m);
                GsupMessage isd = GsupReplies.reply(m, GsupMessageType.INSERT_DATA_REQUEST.code(), false)
                        .msisdn(Octets.fromHex("020210")).cnDomain(m.cnDomain()).build();
                return List.of(new GsupSend(peer, isd));
            }
            case INSERT_DATA_RESULT -> {
                GsupMessage lu = pendingLu.remove(key(peer, m.imsi()));
                if (lu == null) {
                    return List.of();
                }
                isdResults.incrementAndGet();
                return List.of(new GsupSend(peer, GsupReplies.result(lu).build()));
            }
            default -> {
                return List.of();
            }
        }
    }

    private static String key(Octets peer, String imsi) {
        return peer.toHex() + "/" + imsi;
    }

    @Override
    public List<GsupSend> onTime(long nowMillis) {
        return List.of();
    }

    @Override
    public OptionalLong nextDeadline() {
        return OptionalLong.empty();
    }
}
