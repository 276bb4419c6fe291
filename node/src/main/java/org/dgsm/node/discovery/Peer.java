package org.dgsm.node.discovery;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Another village as this node's {@link PeerTable} knows it. Times are on the table's clock, in milliseconds.
 *
 * @param name            the village name as last announced
 * @param version         its software version
 * @param services        the address per mslookup service name, sorted by name
 * @param addresses       its host addresses
 * @param httpPort        the port of its HTTP server
 * @param firstSeenMillis when it was first heard of
 * @param lastSeenMillis  when it was last heard of
 * @param up              heard of within the liveness timeout and not said goodbye since
 * @param sinceMillis     when it last went up or down
 */
public record Peer(String name, String version, Map<String, ServiceAddress> services, List<InetAddress> addresses,
                   int httpPort, long firstSeenMillis, long lastSeenMillis, boolean up, long sinceMillis) {

    public Peer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
        addresses = List.copyOf(addresses);
    }

    static Peer firstSighting(PeerSighting sighting, long nowMillis) {
        return new Peer(sighting.name(), sighting.version(), sighting.services(), sighting.addresses(), sighting.httpPort(),
                nowMillis, nowMillis, true, nowMillis);
    }

    Peer sightedAgain(PeerSighting sighting, long nowMillis) {
        return new Peer(sighting.name(), sighting.version(), sighting.services(), sighting.addresses(), sighting.httpPort(),
                firstSeenMillis, Math.max(lastSeenMillis, nowMillis), true, up ? sinceMillis : nowMillis);
    }

    Peer wentDown(long nowMillis) {
        return new Peer(name, version, services, addresses, httpPort, firstSeenMillis, lastSeenMillis, false, nowMillis);
    }

    /** The same announced content: name, version, services, addresses and port. */
    boolean announcesSameAs(Peer other) {
        return name.equals(other.name) && version.equals(other.version) && services.equals(other.services)
                && addresses.equals(other.addresses) && httpPort == other.httpPort;
    }
}
