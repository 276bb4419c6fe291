package org.dgsm.simulations.world;

import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.ScenarioLoader;
import org.dgsm.simulations.scenario.TopologyFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorldTest {

    private static final long HOUR = 3_600_000;

    private final Scenario scenario = ScenarioLoader.parse("world.yaml", """
            name: world
            seed: 5
            durationHours: 24
            villages: 6
            topology: {type: ring}
            subscribers:
              count: 600
              mobility:
                homeBased: {fraction: 0.2, tripsPerDay: 2, meanStayMinutes: 60}
                commuter: {fraction: 0.2, leaveHour: 8, returnHour: 16, spreadMinutes: 30}
                edge: {fraction: 0.1, dwellMinutes: 6}
            timers: {periodicLuMinutes: 30}
            workload: {callsPerSubscriberPerDay: 4, smsPerSubscriberPerDay: 2, diurnal: true}
            """);

    @Test
    void numbersAreUniqueAndMobilityFollowsTheFractionsAndTheGraph() {
        Topology topology = TopologyFactory.build(scenario, new RandomStreams(5).stream("world.topology"));
        Population population = Population.create(600, topology, scenario.mobility(),
                new RandomStreams(5).stream("world.population"));

        Set<String> imsis = new HashSet<>();
        Set<String> msisdns = new HashSet<>();
        for (SimSubscriber s : population.all()) {
            assertThat(s.imsi()).matches("90170\\d{10}").startsWith(String.format("90170%03d", s.home()));
            assertThat(s.msisdn()).matches("2\\d{8}");
            imsis.add(s.imsi());
            msisdns.add(s.msisdn());
            if (s.mobility() == MobilityKind.EDGE || s.mobility() == MobilityKind.COMMUTER) {
                assertThat(topology.linkBetween(s.home(), s.away())).isNotNegative();
            }
        }
        assertThat(imsis).hasSize(600);
        assertThat(msisdns).hasSize(600);
        assertThat(population.homeOf(3)).hasSize(100);
        long edge = population.all().stream().filter(s -> s.mobility() == MobilityKind.EDGE).count();
        assertThat(edge).isBetween(40L, 80L);
    }

    @Test
    void phonesMoveAsTheirKindSaysAndRepeatTheirLocationUpdate() {
        Simulator sim = new Simulator(0);
        RandomStreams streams = new RandomStreams(5);
        Topology topology = TopologyFactory.build(scenario, streams.stream("world.topology"));
        Population population = Population.create(600, topology, scenario.mobility(),
                streams.stream("world.population"));
        Recorder recorder = new Recorder(sim);
        World world = new World(scenario, sim, topology, population, streams, List.of(recorder));
        world.start();
        sim.runUntil(24 * HOUR);

        SimSubscriber commuter = population.all().stream()
                .filter(s -> s.mobility() == MobilityKind.COMMUTER).findFirst().orElseThrow();
        List<long[]> moves = recorder.moves(commuter);
        assertThat(moves).hasSize(2);
        assertThat(moves.get(0)[1]).isEqualTo(commuter.away());
        assertThat(moves.get(0)[0]).isBetween(7 * HOUR + HOUR / 2, 8 * HOUR + HOUR / 2);
        assertThat(moves.get(1)[1]).isEqualTo(commuter.home());
        assertThat(moves.get(1)[0]).isBetween(15 * HOUR + HOUR / 2, 16 * HOUR + HOUR / 2);

        SimSubscriber still = population.all().stream()
                .filter(s -> s.mobility() == MobilityKind.STATIC).findFirst().orElseThrow();
        assertThat(recorder.moves(still)).isEmpty();
        assertThat(recorder.periodic(still)).isBetween(46L, 48L); // every 30 minutes after power-on

        long edgeMoves = population.all().stream().filter(s -> s.mobility() == MobilityKind.EDGE)
                .mapToLong(s -> recorder.moves(s).size()).sum();
        long edgePhones = population.all().stream().filter(s -> s.mobility() == MobilityKind.EDGE).count();
        assertThat(edgeMoves / (double) edgePhones).isBetween(220.0, 260.0); // a flip every 6 minutes

        assertThat(world.calls()).isBetween(2100L, 2700L);   // 600 x 4 a day, minus the warm-up
        assertThat(recorder.callsAt(3)).isLessThan(recorder.callsAt(19) / 4); // quiet night, busy evening
    }

    private static final class Recorder implements WorldListener {
        private final Simulator sim;
        private final List<long[]> updates = new ArrayList<>();
        private final long[] callsByHour = new long[24];

        Recorder(Simulator sim) {
            this.sim = sim;
        }

        @Override
        public void onLocationUpdate(SimSubscriber s, int village, CampReason reason) {
            updates.add(new long[] {sim.now(), village, s.index(), reason.ordinal()});
        }

        @Override
        public void onCall(SimSubscriber caller, SimSubscriber callee) {
            assertThat(callee).isNotSameAs(caller);
            callsByHour[(int) (sim.now() / HOUR) % 24]++;
        }

        @Override
        public void onSms(SimSubscriber sender, SimSubscriber recipient) {
            assertThat(recipient).isNotSameAs(sender);
        }

        List<long[]> moves(SimSubscriber s) {
            return updates.stream().filter(u -> u[2] == s.index() && u[3] == CampReason.MOVE.ordinal()).toList();
        }

        long periodic(SimSubscriber s) {
            return updates.stream().filter(u -> u[2] == s.index() && u[3] == CampReason.PERIODIC.ordinal()).count();
        }

        long callsAt(int hour) {
            return callsByHour[hour];
        }
    }
}
