package org.dgsm.node.discovery;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A village in a process of its own, for the test that kills one: {@code BIND NAME HEARTBEAT_MS LIVENESS_MS}.
 * Runs until killed.
 */
public final class DiscoveryChild {

    private DiscoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        DiscoverySettings settings = DiscoverySettings.defaults(InetAddress.getByName(args[0]))
                .withTiming(Duration.ofMillis(Long.parseLong(args[2])), Duration.ofMillis(Long.parseLong(args[3])));
        LocalVillage self = new LocalVillage(args[1], "0.1.0-child",
                Map.of("sip.voice", Sightings.service(args[0], 5060)), 8042);
        PeerDiscovery.start(settings, self, Clock.systemUTC(), event -> { });
        Thread.sleep(Long.MAX_VALUE);
    }
}
