package org.dgsm.node.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.mslookup.wire.IpAddressText;

import java.time.Duration;
import java.time.Instant;

/**
 * The {@link StatusSnapshot} as {@code /status.json}. Times are ISO-8601 UTC strings ({@code null} when unknown),
 * durations are numbers with their unit in the key; the shape:
 * <pre>
 * {"village", "version", "takenAt", "uptimeSeconds", "peersUp",
 *  "peers": [{"village", "state": "up|down|undiscovered", "since", "lastSeen", "version", "addresses": [],
 *             "httpPort", "services": {"sip.voice": "10.9.1.2:5060"}, "rttMillis"}],
 *  "gsupPeers": [{"ipaName", "role", "connectedSince", "cs", "ps"}],
 *  "attachedSubscribers",
 *  "visitors": [{"imsi", "msisdn", "home", "since"}],
 *  "smsQueue": {"queued", "oldest", "nextRetry"},
 *  "mslookup": {"queriesSeen", "answered", "malformed"},
 *  "programs": [{"name", "state", "since", "restarts", "lastExit"}],
 *  "unavailable": []}
 * </pre>
 */
public final class StatusJson {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusJson() {
    }

    public static String render(StatusSnapshot s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("village", s.village());
        root.put("version", s.version());
        root.put("takenAt", s.takenAt().toString());
        root.put("uptimeSeconds", s.uptime().toSeconds());
        root.put("peersUp", s.peersUp());
        ArrayNode peers = root.putArray("peers");
        for (PeerStatus p : s.peers()) {
            ObjectNode peer = peers.addObject();
            peer.put("village", p.village());
            peer.put("state", p.state().word());
            instant(peer, "since", p.since());
            instant(peer, "lastSeen", p.lastSeen());
            peer.put("version", p.version());
            ArrayNode addresses = peer.putArray("addresses");
            p.addresses().forEach(a -> addresses.add(IpAddressText.format(a)));
            peer.put("httpPort", p.httpPort());
            ObjectNode services = peer.putObject("services");
            p.services().forEach((name, address) -> services.put(name, address.toString()));
            millis(peer, "rttMillis", p.rtt());
        }
        ArrayNode gsup = root.putArray("gsupPeers");
        for (GsupPeerStatus g : s.gsupPeers()) {
            ObjectNode peer = gsup.addObject();
            peer.put("ipaName", g.ipaName());
            peer.put("role", g.role());
            instant(peer, "connectedSince", g.connectedSince());
            peer.put("cs", g.servesCs());
            peer.put("ps", g.servesPs());
        }
        root.put("attachedSubscribers", s.attachedSubscribers());
        ArrayNode visitors = root.putArray("visitors");
        for (Visitor v : s.visitors()) {
            ObjectNode visitor = visitors.addObject();
            visitor.put("imsi", v.imsi());
            visitor.put("msisdn", v.msisdn());
            visitor.put("home", v.home());
            instant(visitor, "since", v.since());
        }
        ArrayNode programs = root.putArray("programs");
        for (SupervisedProgram p : s.programs()) {
            ObjectNode o = programs.addObject();
            o.put("name", p.name());
            o.put("state", p.state());
            instant(o, "since", p.since());
            o.put("restarts", p.restarts());
            if (p.lastExit() == null) {
                o.putNull("lastExit");
            } else {
                o.put("lastExit", p.lastExit().intValue());
            }
        }
        ObjectNode sms = root.putObject("smsQueue");
        sms.put("queued", s.smsQueue().queued());
        instant(sms, "oldest", s.smsQueue().oldest());
        instant(sms, "nextRetry", s.smsQueue().nextRetry());
        ObjectNode mslookup = root.putObject("mslookup");
        mslookup.put("queriesSeen", s.mslookup().queriesSeen());
        mslookup.put("answered", s.mslookup().answered());
        mslookup.put("malformed", s.mslookup().malformed());
        ArrayNode unavailable = root.putArray("unavailable");
        s.unavailable().forEach(unavailable::add);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    private static void instant(ObjectNode node, String key, Instant instant) {
        if (instant == null) {
            node.putNull(key);
        } else {
            node.put(key, instant.toString());
        }
    }

    private static void millis(ObjectNode node, String key, Duration duration) {
        if (duration == null) {
            node.putNull(key);
        } else {
            node.put(key, duration.toNanos() / 1_000_000.0);
        }
    }
}
