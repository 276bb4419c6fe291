package org.dgsm.node.discovery;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/** Sightings and addresses for tests. */
final class Sightings {

    private Sightings() {
    }

    static PeerSighting of(String name) {
        return of(name, "0.1.0");
    }

    static PeerSighting of(String name, String version) {
        return new PeerSighting(name, version, Map.of("sip.voice", service("10.9.1.2", 5060)), List.of(ip("127.0.0.2")), 8042);
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
