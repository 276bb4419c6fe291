package org.dgsm.simulations.network;

import org.dgsm.simulations.engine.Simulator;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Multicast over the village graph: a datagram sent by one village travels down the fewest-hop tree of the links up
 * at send time. On every link it may be lost (and with it the copies for everything behind that link), it is
 * delayed by the link's delay plus uniform jitter (so datagrams can overtake each other), and a receiver may get a
 * duplicate. The sender gets its own datagram back at once (IP_MULTICAST_LOOP is on in osmo and in our transport).
 */
public final class MulticastFabric {

    /** A socket joined to the group at one village. */
    @FunctionalInterface
    public interface Receiver {
        void onDatagram(byte[] datagram);
    }

    private final Simulator simulator;
    private final VirtualNetwork network;
    private final SplittableRandom random;
    private final int maxHops;
    private final boolean[] alive;
    private final long[] arrival;
    private long datagramsSent;
    private long copiesDelivered;
    private long copiesLost;
    private long copiesUnreachable;
    private long duplicates;

    /** @param maxHops how many links a datagram may cross (a TTL); 0 for no limit */
    public MulticastFabric(Simulator simulator, VirtualNetwork network, SplittableRandom random, int maxHops) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.network = Objects.requireNonNull(network, "network");
        this.random = Objects.requireNonNull(random, "random");
        if (maxHops < 0) {
            throw new IllegalArgumentException("maxHops must not be negative, got " + maxHops);
        }
        this.maxHops = maxHops;
        this.alive = new boolean[network.villageCount()];
        this.arrival = new long[network.villageCount()];
    }

    /**
     * Sends {@code datagram} from village {@code from} to every village for which {@code wants} holds (the sender
     * included), delivering to {@code receivers.apply(village)} when it arrives. The array is shared by all copies
     * and must not be changed by anyone.
     */
    public void send(int from, byte[] datagram, IntPredicate wants, IntFunction<Receiver> receivers) {
        datagramsSent++;
        if (wants.test(from)) {
            deliver(receivers.apply(from), datagram, simulator.now());
        }
        RoutingTree tree = network.treeFrom(from);
        Topology topology = network.topology();
        int[] order = tree.order();
        alive[from] = true;
        arrival[from] = simulator.now();
        for (int i = 1; i < order.length; i++) {
            int village = order[i];
            int parent = tree.parent(village);
            LinkSpec spec = topology.link(tree.parentLink(village)).spec();
            boolean withinHops = maxHops == 0 || tree.hops(village) <= maxHops;
            alive[village] = alive[parent] && withinHops && random.nextDouble() >= spec.loss();
            arrival[village] = arrival[parent] + spec.delayMillis() + jitter(spec);
            if (!wants.test(village)) {
                continue;
            }
            if (!alive[village]) {
                copiesLost++;
                continue;
            }
            Receiver receiver = receivers.apply(village);
            deliver(receiver, datagram, arrival[village]);
            if (spec.duplicate() > 0 && random.nextDouble() < spec.duplicate()) {
                duplicates++;
                deliver(receiver, datagram, arrival[village] + 1 + jitter(spec));
            }
        }
        for (int village = 0; village < alive.length; village++) {
            if (!tree.reaches(village) && village != from && wants.test(village)) {
                copiesUnreachable++;
            }
        }
    }

    private long jitter(LinkSpec spec) {
        return spec.jitterMillis() == 0 ? 0 : random.nextLong(spec.jitterMillis() + 1);
    }

    private void deliver(Receiver receiver, byte[] datagram, long atMillis) {
        copiesDelivered++;
        simulator.at(atMillis, () -> receiver.onDatagram(datagram));
    }

    public long datagramsSent() {
        return datagramsSent;
    }

    /** Copies handed to receivers, duplicates and the sender's own copy included. */
    public long copiesDelivered() {
        return copiesDelivered;
    }

    /** Copies for wanting receivers on the tree that a lossy link (or the hop limit) swallowed. */
    public long copiesLost() {
        return copiesLost;
    }

    /** Copies for wanting receivers that no up link reached. */
    public long copiesUnreachable() {
        return copiesUnreachable;
    }

    public long duplicates() {
        return duplicates;
    }
}
