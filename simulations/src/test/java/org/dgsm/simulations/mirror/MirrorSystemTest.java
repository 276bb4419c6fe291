package org.dgsm.simulations.mirror;

import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.LinkSpec;
import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.network.VirtualNetwork;
import org.dgsm.simulations.scenario.MobilitySpec;
import org.dgsm.simulations.system.Located;
import org.dgsm.simulations.system.Service;
import org.dgsm.simulations.system.UpdateResult;
import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.Population;
import org.dgsm.simulations.world.SimSubscriber;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Villages 0 (central) - 1 - 2, synchronising every 10 minutes. */
class MirrorSystemTest {

    private static final long MINUTE = 60_000;

    private final Simulator sim = new Simulator(0);
    private final Topology topology = Topology.builder(3)
            .link(0, 1, new LinkSpec(0, 10, 0, 0, 0, 0))
            .link(1, 2, new LinkSpec(0, 10, 0, 0, 0, 0))
            .build();
    private final VirtualNetwork network = new VirtualNetwork(topology);
    private final Population population = Population.create(3, topology,
            new MobilitySpec(0, 0, 1, 0, 7, 17, 0, 0, 5), new SplittableRandom(1));
    private final MirrorSystem mirror = new MirrorSystem("mirror-10", 10, 0, sim, network, population,
            new SplittableRandom(2));
    private final SimSubscriber alice = population.homeOf(1).get(0);

    private int where(int from) {
        List<Located> answers = new ArrayList<>();
        mirror.locate(from, Service.VOICE, alice, answers::add);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).latencyMillis()).isZero();
        return answers.get(0).village();
    }

    private void update(int village, CampReason reason) {
        List<UpdateResult> results = new ArrayList<>();
        mirror.locationUpdate(alice, village, reason, results::add);
        assertThat(results).containsExactly(UpdateResult.SUCCESS);
    }

    @Test
    void otherVillagesLearnOfAMoveOnlyThroughTheirSyncs() {
        mirror.start();
        update(1, CampReason.INITIAL);
        assertThat(where(0)).isEqualTo(1);
        assertThat(where(2)).isEqualTo(1);

        sim.runUntil(5 * MINUTE);
        update(2, CampReason.MOVE);
        assertThat(where(2)).isEqualTo(2);          // its own database knows at once
        assertThat(where(1)).isEqualTo(1);          // the old village still believes it has her
        assertThat(mirror.isRegisteredAt(alice, 2)).isTrue();

        sim.runUntil(5 * MINUTE + 20 * MINUTE);      // two periods: village 2 pushed, then village 1 pulled
        assertThat(where(1)).isEqualTo(2);
        assertThat(where(0)).isEqualTo(2);
    }

    @Test
    void aVillageCutOffFromTheCentralSiteKeepsItsNewsToItself() {
        mirror.start();
        update(1, CampReason.INITIAL);
        network.takeDown(topology.linkBetween(1, 2));
        update(2, CampReason.MOVE);

        sim.runUntil(60 * MINUTE);

        assertThat(where(1)).isEqualTo(1);
        assertThat(where(2)).isEqualTo(2);
        assertThat(mirror.counters().get("syncsSkippedCentralUnreachable")).isEqualTo(6L);
    }
}
