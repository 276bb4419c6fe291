package org.dgsm.simulations.network;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Point-to-point traffic between villages over the fewest-hop path of the links up at send time. The path is judged
 * once, when a message is sent; a path that breaks while a message is in flight does not lose it (a simplification,
 * see SIMULATION.md).
 */
public final class UnicastTransport {

    /** TCP's initial retransmission timeout (RFC 6298), doubled per retry. */
    static final long INITIAL_RTO_MILLIS = 1000;
    /** Retransmissions before a TCP sender gives up on the connection. */
    static final int MAX_RETRANSMISSIONS = 6;
    /** SIP over UDP: request retransmitted after T1 = 500 ms, doubling, until timer B = 64·T1. */
    static final long SIP_T1_MILLIS = 500;
    static final long SIP_TIMER_B_MILLIS = 64 * SIP_T1_MILLIS;

    /** Returned when nothing gets through. */
    public static final long FAILED = -1;

    private final VirtualNetwork network;
    private final SplittableRandom random;

    public UnicastTransport(VirtualNetwork network, SplittableRandom random) {
        this.network = Objects.requireNonNull(network, "network");
        this.random = Objects.requireNonNull(random, "random");
    }

    public VirtualNetwork network() {
        return network;
    }

    public boolean reachable(int from, int to) {
        return network.reachable(from, to);
    }

    /** One datagram: its delay, or {@link #FAILED} when lost on the way or when no path is up. */
    public long datagramDelay(int from, int to) {
        if (from == to) {
            return 0;
        }
        int[] path = network.path(from, to);
        if (path == null) {
            return FAILED;
        }
        long delay = 0;
        boolean lost = false;
        for (int linkId : path) {
            LinkSpec spec = network.topology().link(linkId).spec();
            if (random.nextDouble() < spec.loss()) {
                lost = true;
            }
            delay += spec.delayMillis() + (spec.jitterMillis() == 0 ? 0 : random.nextLong(spec.jitterMillis() + 1));
        }
        return lost ? FAILED : delay;
    }

    /**
     * A message on an established TCP connection: the one-way delay plus a retransmission timeout (1 s, doubling)
     * for every lost try; {@link #FAILED} when no path is up or after {@value #MAX_RETRANSMISSIONS} retransmissions
     * (the connection is given up).
     */
    public long reliableDelay(int from, int to) {
        if (from == to) {
            return 0;
        }
        if (!network.reachable(from, to)) {
            return FAILED;
        }
        long waited = 0;
        long rto = INITIAL_RTO_MILLIS;
        for (int attempt = 0; attempt <= MAX_RETRANSMISSIONS; attempt++) {
            long delay = datagramDelay(from, to);
            if (delay != FAILED) {
                return waited + delay;
            }
            waited += rto;
            rto *= 2;
        }
        return FAILED;
    }

    /**
     * A SIP INVITE client transaction over UDP (RFC 3261 §17.1.1): the INVITE is retransmitted at 0.5, 1.5, 3.5, …
     * s until timer B (32 s); the call is set up when one INVITE and its response both get through. Returns the time
     * until the response arrives, or {@link #FAILED}.
     */
    public long sipInvite(int from, int to) {
        if (from == to) {
            return 0;
        }
        long sentAt = 0;
        long interval = SIP_T1_MILLIS;
        while (sentAt < SIP_TIMER_B_MILLIS) {
            long request = datagramDelay(from, to);
            long response = request == FAILED ? FAILED : datagramDelay(to, from);
            if (response != FAILED) {
                return sentAt + request + response;
            }
            sentAt += interval;
            interval *= 2;
        }
        return FAILED;
    }
}
