package org.dgsm.simulations.network;

import org.dgsm.simulations.engine.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MulticastFabricTest {

    private final Simulator sim = new Simulator(0);

    /** Receivers that log (village, arrival time, datagram's first byte). */
    private final List<long[]> received = new ArrayList<>();

    private MulticastFabric.Receiver receiverAt(int village) {
        return datagram -> received.add(new long[] {village, sim.now(), datagram[0]});
    }

    @Test
    void withoutLossEveryVillageGetsOneCopyAfterThePathDelay() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(4, Graphs.clean(10)));
        MulticastFabric fabric = new MulticastFabric(sim, network, new SplittableRandom(1), 0);

        fabric.send(1, new byte[] {7}, v -> true, this::receiverAt);
        sim.runUntil(1000);

        assertThat(received).extracting(r -> r[0] + "@" + r[1])
                .containsExactlyInAnyOrder("1@0", "0@10", "2@10", "3@20");
        assertThat(fabric.copiesLost()).isZero();
    }

    @Test
    void aLinkThatLosesEverythingCutsOffEverythingBehindIt() {
        Topology topology = Topology.builder(4)
                .link(0, 1, Graphs.clean(5))
                .link(1, 2, new LinkSpec(1.0, 5, 0, 0, 0, 0))
                .link(2, 3, Graphs.clean(5))
                .build();
        MulticastFabric fabric = new MulticastFabric(sim, new VirtualNetwork(topology), new SplittableRandom(1), 0);

        for (int i = 0; i < 20; i++) {
            fabric.send(0, new byte[] {1}, v -> true, this::receiverAt);
        }
        sim.runUntil(1000);

        assertThat(received).extracting(r -> r[0]).containsOnly(0L, 1L).hasSize(40);
        assertThat(fabric.copiesLost()).isEqualTo(40);
    }

    @Test
    void losesTheConfiguredShareOfPacketsPerLink() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(3, new LinkSpec(0.2, 1, 0, 0, 0, 0)));
        MulticastFabric fabric = new MulticastFabric(sim, network, new SplittableRandom(99), 0);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            fabric.send(0, new byte[] {1}, v -> v != 0, this::receiverAt);
        }
        sim.runUntil(10);

        long atOne = received.stream().filter(r -> r[0] == 1).count();
        long atTwo = received.stream().filter(r -> r[0] == 2).count();
        assertThat(atOne / (double) n).isBetween(0.78, 0.82);
        assertThat(atTwo / (double) n).isBetween(0.62, 0.66); // 0.8 * 0.8: losses compound hop by hop
    }

    @Test
    void nothingCrossesALinkThatIsDown() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(3, Graphs.clean(1)));
        MulticastFabric fabric = new MulticastFabric(sim, network, new SplittableRandom(1), 0);
        network.takeDown(1);

        fabric.send(0, new byte[] {1}, v -> true, this::receiverAt);
        fabric.send(2, new byte[] {2}, v -> true, this::receiverAt);
        sim.runUntil(100);

        assertThat(received).extracting(r -> r[0] + "<-" + r[2])
                .containsExactlyInAnyOrder("0<-1", "1<-1", "2<-2");
        assertThat(fabric.copiesUnreachable()).isEqualTo(3);

        network.bringUp(1);
        received.clear();
        fabric.send(0, new byte[] {3}, v -> true, this::receiverAt);
        sim.runUntil(200);
        assertThat(received).extracting(r -> r[0]).containsExactlyInAnyOrder(0L, 1L, 2L);
    }

    @Test
    void duplicatesArriveTwiceAndOnlyWantingVillagesReceive() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(3, new LinkSpec(0, 5, 3, 1.0, 0, 0)));
        MulticastFabric fabric = new MulticastFabric(sim, network, new SplittableRandom(5), 0);

        fabric.send(0, new byte[] {1}, v -> v == 2, this::receiverAt);
        sim.runUntil(100);

        assertThat(received).extracting(r -> r[0]).containsExactly(2L, 2L);
        assertThat(fabric.duplicates()).isEqualTo(1);
    }

    @Test
    void theHopLimitStopsDatagramsLikeATtl() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(4, Graphs.clean(1)));
        MulticastFabric fabric = new MulticastFabric(sim, network, new SplittableRandom(1), 1);

        fabric.send(0, new byte[] {1}, v -> true, this::receiverAt);
        sim.runUntil(100);

        assertThat(received).extracting(r -> r[0]).containsExactlyInAnyOrder(0L, 1L);
    }

    @Test
    void jitterLetsLaterDatagramsOvertakeEarlierOnes() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(2, new LinkSpec(0, 10, 50, 0, 0, 0)));
        MulticastFabric fabric = new MulticastFabric(sim, network, new SplittableRandom(3), 0);
        int overtaken = 0;
        for (int trial = 0; trial < 200; trial++) {
            received.clear();
            fabric.send(0, new byte[] {1}, v -> v == 1, this::receiverAt);
            sim.runUntil(sim.now() + 1);
            fabric.send(0, new byte[] {2}, v -> v == 1, this::receiverAt);
            sim.runUntil(sim.now() + 200);
            assertThat(received).hasSize(2);
            if (received.get(0)[2] == 2) {
                overtaken++;
            }
        }
        assertThat(overtaken).isBetween(40, 160);
    }
}
