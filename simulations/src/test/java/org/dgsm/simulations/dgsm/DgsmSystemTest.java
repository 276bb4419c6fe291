package org.dgsm.simulations.dgsm;

import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.LinkSpec;
import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.network.VirtualNetwork;
import org.dgsm.simulations.scenario.MobilitySpec;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.ScenarioLoader;
import org.dgsm.simulations.scenario.SystemSpec;
import org.dgsm.simulations.system.Located;
import org.dgsm.simulations.system.Service;
import org.dgsm.simulations.system.UpdateResult;
import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.Population;
import org.dgsm.simulations.world.SimSubscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-GSM on three villages in a line (0 - 1 - 2) without loss: the production HLR core and mslookup engines,
 * reached through the modelled MSC and proxy.
 */
class DgsmSystemTest {

    private static final long START = 1_767_225_600_000L;

    @TempDir
    Path work;

    private final Simulator sim = new Simulator(START);
    private final Scenario scenario = ScenarioLoader.parse("three.yaml", """
            name: three
            seed: 1
            durationHours: 24
            villages: 3
            subscribers: {count: 30}
            """);
    private final Topology topology = Topology.builder(3)
            .link(0, 1, new LinkSpec(0, 10, 0, 0, 0, 0))
            .link(1, 2, new LinkSpec(0, 10, 0, 0, 0, 0))
            .build();
    private final VirtualNetwork network = new VirtualNetwork(topology);
    private final Population population = Population.create(30, topology,
            new MobilitySpec(0, 0, 1, 0, 7, 17, 0, 0, 5), new SplittableRandom(1));
    private DgsmSystem system;

    private DgsmSystem start(String kind) {
        system = new DgsmSystem(SystemSpec.parse(kind), scenario, sim, network, population, new RandomStreams(1),
                work.resolve(kind));
        system.start();
        return system;
    }

    @AfterEach
    void close() {
        if (system != null) {
            system.close();
        }
    }

    private UpdateResult update(SimSubscriber s, int village) {
        List<UpdateResult> results = new ArrayList<>();
        system.locationUpdate(s, village, CampReason.MOVE, results::add);
        sim.runUntil(sim.now() + 200_000);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private Located locate(int from, SimSubscriber target) {
        List<Located> results = new ArrayList<>();
        system.locate(from, Service.VOICE, target, results::add);
        sim.runUntil(sim.now() + 5_000);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void findsASubscriberAtHomeAndThenWhereItRoams() {
        start("dgsm");
        SimSubscriber alice = population.homeOf(0).get(0);

        assertThat(update(alice, 0)).isEqualTo(UpdateResult.SUCCESS);
        Located atHome = locate(2, alice);
        assertThat(atHome.village()).isZero();
        assertThat(atHome.latencyMillis()).isEqualTo(1000); // answers older than 0 s wait for min-delay
        assertThat(atHome.answerMillis()).isEqualTo(40);    // query 2 hops there, answer 2 hops back

        assertThat(update(alice, 2)).isEqualTo(UpdateResult.SUCCESS);
        assertThat(locate(1, alice).village()).isEqualTo(2);
        assertThat(system.isRegisteredAt(alice, 2)).isTrue();
        assertThat(system.isRegisteredAt(alice, 0)).isFalse(); // the home HLR cancelled the old location
        assertThat(system.counters()).containsEntry("proxyHomeLookups", 1L).containsEntry("gsupLinkConnects", 1L);

        assertThat(update(alice, 0)).isEqualTo(UpdateResult.SUCCESS);
        assertThat(locate(1, alice).village()).isZero();
        assertThat(system.isRegisteredAt(alice, 2)).isFalse();
    }

    @Test
    void anUnknownNumberIsNotFoundAtTheTimeout() {
        start("dgsm");
        Located nobody = locate(1, population.homeOf(2).get(3));
        assertThat(nobody.found()).isFalse();
        assertThat(nobody.latencyMillis()).isEqualTo(1000);
        assertThat(nobody.answerMillis()).isEqualTo(-1);
    }

    @Test
    void aFirstRoamingAttachFailsWhileHomeIsUnreachable() {
        for (String kind : new String[] {"dgsm", "osmohlr"}) {
            start(kind);
            SimSubscriber bob = population.homeOf(0).get(1);
            network.takeDown(topology.linkBetween(0, 1));

            assertThat(update(bob, 2)).as(kind).isEqualTo(UpdateResult.FAILED);
            assertThat(system.counters().get("proxyHomeLookupFailures")).as(kind).isEqualTo(4L); // one per attempt
            assertThat(system.counters().get("updateLocationRejects")).as(kind).isEqualTo(4L);
            assertThat(system.isRegisteredAt(bob, 2)).isFalse();
            system.close();
            system = null;
            network.bringUp(topology.linkBetween(0, 1));
        }
    }

    @Test
    void osmoHlrLeavesRequestsUnansweredWhenTheKnownHomeCannotBeConnected() {
        start("osmohlr");
        SimSubscriber carol = population.homeOf(0).get(2);
        assertThat(update(carol, 2)).isEqualTo(UpdateResult.SUCCESS);
        network.takeDown(topology.linkBetween(0, 1));

        assertThat(update(carol, 2)).isEqualTo(UpdateResult.FAILED);
        assertThat(system.counters().get("updateLocationTimeouts")).isEqualTo(4L);
        sim.runUntil(sim.now() + 200_000); // the last connect attempt gives up 127 s after it started
        assertThat(system.counters().get("proxyRequestsNeverAnswered")).isEqualTo(4L);
        assertThat(system.counters().get("proxyErrorsSent")).isZero();
    }

    @Test
    void ourProxyServesAKnownVisitorFromItsCacheWhileHomeIsDown() {
        start("dgsm");
        SimSubscriber dave = population.homeOf(0).get(3);
        assertThat(update(dave, 2)).isEqualTo(UpdateResult.SUCCESS);
        network.takeDown(topology.linkBetween(0, 1));

        long before = sim.now();
        assertThat(update(dave, 2)).isEqualTo(UpdateResult.SUCCESS);
        assertThat(system.counters().get("updateLocationTimeouts")).isZero();
        assertThat(locate(2, dave).village()).isEqualTo(2);
        assertThat(system.isRegisteredAt(dave, 2)).isTrue();
        assertThat(sim.now() - before).isGreaterThan(5_000); // ran on past the 5 s answer bound
    }

    @Test
    void osmoHlrHasNoCacheForAKnownVisitor() {
        start("osmohlr");
        SimSubscriber erin = population.homeOf(0).get(4);
        assertThat(update(erin, 2)).isEqualTo(UpdateResult.SUCCESS);
        network.takeDown(topology.linkBetween(0, 1));
        assertThat(update(erin, 2)).isEqualTo(UpdateResult.FAILED);
    }
}
