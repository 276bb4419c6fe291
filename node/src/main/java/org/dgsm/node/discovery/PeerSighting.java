package org.dgsm.node.discovery;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one DNS-SD resolution told us about another village.
 *
 * @param name      the village (DNS-SD instance) name
 * @param version   its software version
 * @param services  the address per mslookup service name, sorted by name
 * @param addresses the addresses of its host (A/AAAA records)
 * @param httpPort  the port of its HTTP server (SRV record)
 */
public record PeerSighting(String name, String version, Map<String, ServiceAddress> services,
                           List<InetAddress> addresses, int httpPort) {

    public PeerSighting {
        VillageNames.require(name);
        Objects.requireNonNull(version, "version");
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
        addresses = List.copyOf(addresses);
    }
}
