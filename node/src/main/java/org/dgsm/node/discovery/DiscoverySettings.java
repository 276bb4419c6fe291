package org.dgsm.node.discovery;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a village takes part in DNS-SD discovery.
 *
 * @param bindAddress       the mesh address mDNS is sent and received on (127.0.0.x in tests); never a wildcard
 * @param serviceType       the DNS-SD service type, {@value #DEFAULT_SERVICE_TYPE} unless a mesh wants its own
 * @param heartbeatInterval how often this village re-announces itself
 * @param livenessTimeout   how long a village may stay silent before it is shown as down; at least two heartbeats
 * @param maxPeers          how many villages the table keeps (see {@link PeerTable})
 */
public record DiscoverySettings(InetAddress bindAddress, String serviceType, Duration heartbeatInterval,
                                Duration livenessTimeout, int maxPeers) {

    public static final String DEFAULT_SERVICE_TYPE = "_dgsm._udp.local.";
    /** With a 20 s timeout, a killed village is down 20 to 21 s after its last heartbeat reached us. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_LIVENESS_TIMEOUT = Duration.ofSeconds(20);

    private static final Pattern SERVICE_TYPE = Pattern.compile("_[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?\\._(udp|tcp)\\.local\\.");

    public DiscoverySettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(livenessTimeout, "livenessTimeout");
        if (bindAddress.isAnyLocalAddress()) {
            throw new IllegalArgumentException("discovery needs the mesh address, not the wildcard " + bindAddress);
        }
        if (!SERVICE_TYPE.matcher(serviceType).matches()) {
            throw new IllegalArgumentException("service type must look like _dgsm._udp.local., got '" + serviceType + "'");
        }
        if (heartbeatInterval.toMillis() < 100) {
            throw new IllegalArgumentException("heartbeat interval must be at least 100 ms, got " + heartbeatInterval);
        }
        if (livenessTimeout.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("liveness timeout " + livenessTimeout
                    + " must cover at least two heartbeats of " + heartbeatInterval + ", or one lost packet marks a village down");
        }
        if (maxPeers < 1) {
            throw new IllegalArgumentException("maxPeers must be at least 1, got " + maxPeers);
        }
    }

    public static DiscoverySettings defaults(InetAddress bindAddress) {
        return new DiscoverySettings(bindAddress, DEFAULT_SERVICE_TYPE, DEFAULT_HEARTBEAT, DEFAULT_LIVENESS_TIMEOUT,
                PeerTable.DEFAULT_MAX_PEERS);
    }

    public DiscoverySettings withTiming(Duration heartbeat, Duration liveness) {
        return new DiscoverySettings(bindAddress, serviceType, heartbeat, liveness, maxPeers);
    }

    /** How often the table is checked for silent villages: a tenth of the timeout, between 100 ms and 1 s. */
    Duration sweepInterval() {
        long tenth = livenessTimeout.toMillis() / 10;
        return Duration.ofMillis(Math.max(100, Math.min(1000, tenth)));
    }
}
