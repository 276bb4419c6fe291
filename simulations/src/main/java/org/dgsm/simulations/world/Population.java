package org.dgsm.simulations.world;

import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.scenario.MobilitySpec;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everybody in the simulated world. Subscribers are spread over the villages round-robin; village v's subscribers
 * have IMSIs {@code 90170 vvv nnnnnnn} (MCC 901, MNC 70, a test network) and MSISDNs {@code 2 vvv nnnnn}.
 */
public final class Population {

    private final List<SimSubscriber> all;
    private final List<List<SimSubscriber>> byHome;

    private Population(List<SimSubscriber> all, int villages) {
        this.all = List.copyOf(all);
        List<List<SimSubscriber>> groups = new ArrayList<>();
        for (int v = 0; v < villages; v++) {
            groups.add(new ArrayList<>());
        }
        for (SimSubscriber s : all) {
            groups.get(s.home()).add(s);
        }
        this.byHome = groups.stream().map(List::copyOf).toList();
    }

    public static Population create(int count, Topology topology, MobilitySpec mobility, SplittableRandom random) {
        int villages = topology.villageCount();
        if (villages > 999) {
            throw new IllegalArgumentException("the numbering plan has room for 999 villages, got " + villages);
        }
        List<SimSubscriber> all = new ArrayList<>(count);
        int[] serial = new int[villages];
        for (int i = 0; i < count; i++) {
            int home = i % villages;
            int n = serial[home]++;
            if (n > 99_999) {
                throw new IllegalArgumentException("the numbering plan has room for 100,000 subscribers a village");
            }
            String imsi = String.format("90170%03d%07d", home, n);
            String msisdn = String.format("2%03d%05d", home, n);
            double u = random.nextDouble();
            MobilityKind kind;
            if (u < mobility.edgeFraction()) {
                kind = MobilityKind.EDGE;
            } else if (u < mobility.edgeFraction() + mobility.commuterFraction()) {
                kind = MobilityKind.COMMUTER;
            } else if (u < mobility.edgeFraction() + mobility.commuterFraction() + mobility.homeBasedFraction()) {
                kind = MobilityKind.HOME_BASED;
            } else {
                kind = MobilityKind.STATIC;
            }
            int away = -1;
            if (villages < 2) {
                kind = MobilityKind.STATIC;
            } else if (kind == MobilityKind.EDGE || kind == MobilityKind.COMMUTER) {
                away = neighbour(topology, home, random);
            }
            all.add(new SimSubscriber(i, imsi, msisdn, home, kind, away));
        }
        return new Population(all, villages);
    }

    /** A random neighbour of {@code village} in the graph, or any other village if it has none. */
    static int neighbour(Topology topology, int village, SplittableRandom random) {
        int[] neighbours = topology.neighbours(village);
        if (neighbours.length > 0) {
            return neighbours[random.nextInt(neighbours.length)];
        }
        int other = random.nextInt(topology.villageCount() - 1);
        return other >= village ? other + 1 : other;
    }

    public List<SimSubscriber> all() {
        return all;
    }

    public SimSubscriber get(int index) {
        return all.get(index);
    }

    public int size() {
        return all.size();
    }

    /** The subscribers whose home is {@code village}. */
    public List<SimSubscriber> homeOf(int village) {
        return byHome.get(village);
    }
}
