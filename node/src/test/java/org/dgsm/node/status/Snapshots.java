package org.dgsm.node.status;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Snapshots for tests: a busy village, and an empty one. */
final class Snapshots {

    static final Instant NOW = Instant.parse("2026-11-26T14:30:00Z");

    private Snapshots() {
    }

    /** A village with four neighbours (one down, one known only from traffic), two radio links, visitors and SMS. */
    static StatusSnapshot realistic() {
        List<PeerStatus> peers = List.of(
                new PeerStatus("Cerro Azul", PeerStatus.State.DOWN, NOW.minusSeconds(7 * 60), NOW.minusSeconds(7 * 60 + 20),
                        "0.1.0", List.of(ip("10.23.0.4")), 8042,
                        Map.of("sip.voice", service("10.23.0.4", 5060), "gsup.hlr", service("10.23.0.4", 4222)), null),
                new PeerStatus("La Loma", PeerStatus.State.UP, NOW.minus(Duration.ofHours(5)), NOW.minusSeconds(3),
                        "0.1.0", List.of(ip("10.23.0.3")), 8042,
                        Map.of("sip.voice", service("10.23.0.3", 5060), "smpp.sms", service("10.23.0.3", 2775),
                                "gsup.hlr", service("10.23.0.3", 4222)), Duration.ofMillis(112)),
                new PeerStatus("San Pedro", PeerStatus.State.UP, NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(1),
                        "0.1.0", List.of(ip("10.23.0.2")), 8042,
                        Map.of("sip.voice", service("10.23.0.2", 5060), "smpp.sms", service("10.23.0.2", 2775),
                                "gsup.hlr", service("10.23.0.2", 4222)), Duration.ofMillis(38)),
                new PeerStatus("Tres R\u00edos", PeerStatus.State.UNDISCOVERED, null, NOW.minusSeconds(95), "",
                        List.of(), 0, Map.of(), Duration.ofMillis(240)));
        List<GsupPeerStatus> gsup = List.of(
                new GsupPeerStatus("MSC-00-00-00-00-00-00", NOW.minus(Duration.ofHours(26)), true, false),
                new GsupPeerStatus("SGSN-00-00-00-00-00-00", NOW.minus(Duration.ofHours(26)), false, true));
        List<Visitor> visitors = List.of(
                new Visitor("901700000012345", "6002", "San Pedro", NOW.minus(Duration.ofMinutes(48))),
                new Visitor("901700000023456", "6117", "La Loma", NOW.minus(Duration.ofHours(3))),
                new Visitor("901700000034567", "", "Cerro Azul", NOW.minus(Duration.ofMinutes(12))));
        return new StatusSnapshot("R\u00edo Verde", "0.1.0", NOW, Duration.ofDays(3).plusHours(4).plusMinutes(12), peers,
                gsup, 47, visitors, new SmsQueueSummary(5, NOW.minus(Duration.ofMinutes(42)), NOW.plusSeconds(25)),
                new MslookupCounters(18_342, 611, 2), List.of());
    }

    static StatusSnapshot empty() {
        return new StatusSnapshot("lonely", "0.1.0", NOW, Duration.ofSeconds(5), List.of(), List.of(), 0, List.of(),
                SmsQueueSummary.EMPTY, MslookupCounters.ZERO, List.of());
    }

    /** A snapshot whose every network-borne text is an attempt at markup. */
    static StatusSnapshot hostile() {
        String evil = "<script>alert('x')</script>";
        List<PeerStatus> peers = List.of(new PeerStatus(evil + "\"><img src=x>", PeerStatus.State.UP, NOW, NOW,
                "1<b>", List.of(ip("10.0.0.9")), 8042, Map.of("sip.voice", service("10.0.0.9", 5060)), null));
        return new StatusSnapshot("home " + evil, "v&<i>", NOW, Duration.ZERO, peers,
                List.of(new GsupPeerStatus("MSC-" + evil, NOW, true, false)), 1,
                List.of(new Visitor("901700000012345", "<u>6002</u>", evil, NOW)), SmsQueueSummary.EMPTY,
                MslookupCounters.ZERO, List.of());
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    static ServiceAddress service(String ip, int port) {
        return new ServiceAddress(ip(ip), port);
    }
}
