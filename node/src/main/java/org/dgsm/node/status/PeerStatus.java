package org.dgsm.node.status;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Another village as the status page shows it: what discovery knows, joined with the link health.
 *
 * @param village   its name
 * @param state     up or down by discovery, or {@link State#UNDISCOVERED} when only traffic told of it
 * @param since     when it last went up or down, or {@code null} when undiscovered
 * @param lastSeen  the later of its last announcement and its last answer, or {@code null} when never
 * @param version   its software version, or {@code ""} when unknown
 * @param addresses its host addresses
 * @param httpPort  its HTTP port, or 0 when unknown
 * @param services  the address per mslookup service name, sorted by name
 * @param rtt       the latest round-trip time, or {@code null} when none is known
 */
public record PeerStatus(String village, State state, Instant since, Instant lastSeen, String version,
                         List<InetAddress> addresses, int httpPort, Map<String, ServiceAddress> services, Duration rtt) {

    public enum State {
        UP, DOWN, UNDISCOVERED;

        /** {@code up}, {@code down}, {@code undiscovered}: the word the page and the JSON use. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PeerStatus {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(version, "version");
        addresses = List.copyOf(addresses);
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
    }

    public boolean up() {
        return state == State.UP;
    }
}
