package org.dgsm.simulations.network;

import org.dgsm.simulations.engine.Simulator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LinkFailuresTest {

    @Test
    void aPartitionCutsOnlyTheLinksBetweenItsGroupsDuringItsWindow() {
        Simulator sim = new Simulator(0);
        VirtualNetwork network = new VirtualNetwork(Graphs.line(4, Graphs.clean(1)));
        new LinkFailures(sim, network, new SplittableRandom(1))
                .schedule(0, List.of(new Partition(1000, 500, new int[] {0, 0, 1, 1})), List.of());

        sim.runUntil(999);
        assertThat(network.reachable(0, 3)).isTrue();
        sim.runUntil(1000);
        assertThat(network.reachable(1, 2)).isFalse();
        assertThat(network.reachable(0, 1)).isTrue();
        assertThat(network.reachable(2, 3)).isTrue();
        sim.runUntil(1500);
        assertThat(network.reachable(0, 3)).isTrue();
    }

    @Test
    void anOutageIsolatesOneVillage() {
        Simulator sim = new Simulator(0);
        VirtualNetwork network = new VirtualNetwork(Graphs.line(3, Graphs.clean(1)));
        new LinkFailures(sim, network, new SplittableRandom(1)).schedule(0, List.of(), List.of(new Outage(1, 10, 10)));

        sim.runUntil(10);
        assertThat(network.reachable(0, 1)).isFalse();
        assertThat(network.reachable(1, 2)).isFalse();
        sim.runUntil(20);
        assertThat(network.reachable(0, 2)).isTrue();
    }

    @Test
    void flappingLinksAreDownAboutMttrOverMtbfPlusMttrOfTheTime() {
        Simulator sim = new Simulator(0);
        // MTBF 1 h, MTTR 15 min: down 15 of every 75 minutes
        VirtualNetwork network = new VirtualNetwork(Graphs.line(2, new LinkSpec(0, 1, 0, 0, 1.0, 15.0)));
        LinkFailures failures = new LinkFailures(sim, network, new SplittableRandom(7));
        failures.schedule(0, List.of(), List.of());
        long down = 0;
        long step = 60_000;
        long end = 2000L * 3_600_000;
        for (long t = step; t <= end; t += step) {
            sim.runUntil(t);
            if (!network.isUp(0)) {
                down++;
            }
        }
        assertThat(down / (double) (end / step)).isBetween(0.18, 0.22);
        assertThat(failures.flaps()).isBetween(1500L, 1700L);
    }
}
