package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.UnicastTransport;
import org.dgsm.simulations.network.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The GSUP-over-IPA/TCP connections a proxy village opens to home villages, modelled on the virtual network.
 * Messages really travel as GSUP bytes (production encoder and decoder) in order; loss costs retransmission time.
 *
 * <ul>
 *   <li>Connect: SYNs at 0, 1, 3, 7, 15, 31 and 63 s until one gets through both ways; then the IPA identity
 *       exchange (one more round trip) before anything is forwarded; given up after the connect timeout (127 s,
 *       Linux's default {@code tcp_syn_retries}, for osmo; 5 s for our GSUP client).</li>
 *   <li>A connection breaks when its path disappears (the IPA keepalive's job, detected at once here) or when a
 *       message cannot be delivered after TCP's retransmissions; messages in flight on a broken connection are
 *       lost, and the home HLR is told that the proxy peer went away.</li>
 * </ul>
 */
final class GsupLinks implements VirtualNetwork.TopologyListener {

    private static final long[] SYN_TIMES = {0, 1_000, 3_000, 7_000, 15_000, 31_000, 63_000};
    /** Linux gives up a connect after its SYN retries. */
    static final long KERNEL_CONNECT_TIMEOUT_MILLIS = 127_000;

    /** Where messages arriving on a connection go. */
    interface Ends {
        /** A message from a proxy village arrives at the home village's GSUP server. */
        void atHome(int home, int proxy, GsupMessage message);

        /** A message from the home HLR arrives at the proxy. */
        void atProxy(int proxy, int home, GsupMessage message);

        /** The home's server sees the proxy peer connect or disconnect. */
        void proxyPeer(int home, int proxy, boolean connected);

        /** The proxy's client connection to the home broke. */
        void linkDown(int proxy, int home);
    }

    private enum State { DOWN, CONNECTING, UP }

    private final Simulator simulator;
    private final UnicastTransport transport;
    private final int villages;
    private final Ends ends;
    private final long connectTimeoutMillis;
    private final Map<Long, Connection> connections = new TreeMap<>();
    private long messages;
    private long lostMessages;
    private long connects;
    private long failedConnects;
    private long breaks;
    private long malformed;

    GsupLinks(Simulator simulator, UnicastTransport transport, int villages, Ends ends, long connectTimeoutMillis) {
        this.simulator = simulator;
        this.transport = transport;
        this.villages = villages;
        this.ends = ends;
        this.connectTimeoutMillis = connectTimeoutMillis;
        transport.network().addListener(this);
    }

    void connect(int proxy, int home, Consumer<Boolean> up) {
        Connection c = connections.computeIfAbsent((long) proxy * villages + home, k -> new Connection(proxy, home));
        switch (c.state) {
            case UP -> up.accept(true);
            case CONNECTING -> c.waiters.add(up);
            case DOWN -> {
                c.state = State.CONNECTING;
                c.generation++;
                c.waiters.add(up);
                trySyn(c, c.generation, 0, simulator.now());
            }
        }
    }

    private void trySyn(Connection c, long generation, int attempt, long startedAt) {
        if (c.generation != generation || c.state != State.CONNECTING) {
            return;
        }
        long there = transport.datagramDelay(c.proxy, c.home);
        long back = there == UnicastTransport.FAILED ? UnicastTransport.FAILED
                : transport.datagramDelay(c.home, c.proxy);
        if (back != UnicastTransport.FAILED) {
            long identified = 2 * (there + back);
            simulator.after(identified, () -> established(c, generation, attempt, startedAt));
            return;
        }
        retryOrGiveUp(c, generation, attempt, startedAt);
    }

    private void retryOrGiveUp(Connection c, long generation, int attempt, long startedAt) {
        if (attempt + 1 < SYN_TIMES.length && SYN_TIMES[attempt + 1] < connectTimeoutMillis) {
            long next = Math.max(simulator.now(), startedAt + SYN_TIMES[attempt + 1]);
            simulator.at(next, () -> trySyn(c, generation, attempt + 1, startedAt));
        } else {
            simulator.at(Math.max(simulator.now(), startedAt + connectTimeoutMillis), () -> {
                if (c.generation == generation && c.state == State.CONNECTING) {
                    failedConnects++;
                    c.state = State.DOWN;
                    notifyWaiters(c, false);
                }
            });
        }
    }

    private void established(Connection c, long generation, int attempt, long startedAt) {
        if (c.generation != generation || c.state != State.CONNECTING) {
            return;
        }
        if (!transport.reachable(c.proxy, c.home)) {
            retryOrGiveUp(c, generation, attempt, startedAt);
            return;
        }
        connects++;
        c.state = State.UP;
        c.toHomeArrival = 0;
        c.toProxyArrival = 0;
        ends.proxyPeer(c.home, c.proxy, true);
        notifyWaiters(c, true);
    }

    private static void notifyWaiters(Connection c, boolean up) {
        List<Consumer<Boolean>> waiting = List.copyOf(c.waiters);
        c.waiters.clear();
        waiting.forEach(w -> w.accept(up));
    }

    boolean isUp(int proxy, int home) {
        Connection c = connections.get((long) proxy * villages + home);
        return c != null && c.state == State.UP;
    }

    void sendToHome(int proxy, int home, GsupMessage message) {
        Connection c = connections.get((long) proxy * villages + home);
        send(c, true, message);
    }

    void sendToProxy(int home, int proxy, GsupMessage message) {
        Connection c = connections.get((long) proxy * villages + home);
        send(c, false, message);
    }

    private void send(Connection c, boolean towardsHome, GsupMessage message) {
        messages++;
        if (c == null || c.state != State.UP) {
            lostMessages++;
            return;
        }
        int from = towardsHome ? c.proxy : c.home;
        int to = towardsHome ? c.home : c.proxy;
        long delay = transport.reliableDelay(from, to);
        if (delay == UnicastTransport.FAILED) {
            lostMessages++;
            breakConnection(c);
            return;
        }
        byte[] bytes = GsupEncoder.encode(message);
        long arrival = simulator.now() + delay;
        if (towardsHome) {
            arrival = Math.max(arrival, c.toHomeArrival);
            c.toHomeArrival = arrival;
        } else {
            arrival = Math.max(arrival, c.toProxyArrival);
            c.toProxyArrival = arrival;
        }
        long generation = c.generation;
        simulator.at(arrival, () -> {
            if (c.generation != generation || c.state != State.UP) {
                lostMessages++;
                return;
            }
            GsupMessage received;
            try {
                received = GsupDecoder.decode(bytes);
            } catch (MalformedGsupException e) {
                malformed++;
                return;
            }
            if (towardsHome) {
                ends.atHome(c.home, c.proxy, received);
            } else {
                ends.atProxy(c.proxy, c.home, received);
            }
        });
    }

    @Override
    public void topologyChanged() {
        for (Connection c : List.copyOf(connections.values())) {
            if (c.state == State.UP && !transport.reachable(c.proxy, c.home)) {
                breakConnection(c);
            }
        }
    }

    private void breakConnection(Connection c) {
        if (c.state != State.UP) {
            return;
        }
        breaks++;
        c.state = State.DOWN;
        c.generation++;
        // Told from a fresh action: a break found while sending must not re-enter the sender.
        simulator.after(0, () -> {
            ends.proxyPeer(c.home, c.proxy, false);
            ends.linkDown(c.proxy, c.home);
        });
    }

    long messages() {
        return messages;
    }

    long lostMessages() {
        return lostMessages;
    }

    long connects() {
        return connects;
    }

    long failedConnects() {
        return failedConnects;
    }

    long breaks() {
        return breaks;
    }

    long malformed() {
        return malformed;
    }

    private static final class Connection {
        final int proxy;
        final int home;
        State state = State.DOWN;
        long generation;
        long toHomeArrival;
        long toProxyArrival;
        final List<Consumer<Boolean>> waiters = new ArrayList<>(1);

        Connection(int proxy, int home) {
            this.proxy = proxy;
            this.home = home;
        }
    }
}
