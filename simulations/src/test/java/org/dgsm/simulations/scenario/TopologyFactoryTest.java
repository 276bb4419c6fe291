package org.dgsm.simulations.scenario;

import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.network.VirtualNetwork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyFactoryTest {

    private static Topology build(String topology, String extra) {
        Scenario s = ScenarioLoader.parse("t.yaml", """
                name: t
                seed: 9
                durationHours: 1
                villages: 40
                subscribers: {count: 40}
                topology: %s
                linkDefaults: {lossPercent: 1, delayMs: 7}
                """.formatted(topology) + extra);
        return TopologyFactory.build(s, new RandomStreams(9).stream("world.topology"));
    }

    @Test
    void aRandomMeshIsConnectedWithTheAskedAverageDegree() {
        Topology t = build("{type: random, degree: 3.5}", "");
        assertThat(t.links()).hasSize(70);
        VirtualNetwork network = new VirtualNetwork(t);
        for (int v = 1; v < 40; v++) {
            assertThat(network.reachable(0, v)).as("village %d", v).isTrue();
        }
        assertThat(t.link(0).spec().loss()).isEqualTo(0.01);
    }

    @Test
    void theSameSeedGivesTheSameMesh() {
        Topology a = build("{type: random, degree: 3}", "");
        Topology b = build("{type: random, degree: 3}", "");
        assertThat(a.links()).extracting(l -> l.a() + "-" + l.b())
                .containsExactlyElementsOf(b.links().stream().map(l -> l.a() + "-" + l.b()).toList());
    }

    @Test
    void regularShapesHaveTheirLinks() {
        assertThat(build("{type: ring}", "").links()).hasSize(40);
        assertThat(build("{type: line}", "").links()).hasSize(39);
        Topology star = build("{type: star}", "");
        assertThat(star.links()).hasSize(39);
        assertThat(star.neighbours(0)).hasSize(39);
        assertThat(build("{type: full}", "").links()).hasSize(40 * 39 / 2);
    }

    @Test
    void namedLinksOverrideOrAddToTheShape() {
        Topology t = build("{type: ring}", """
                links:
                  - {between: [v00, v01], lossPercent: 50}
                  - {between: [v00, v20], delayMs: 99}
                """);
        assertThat(t.links()).hasSize(41);
        assertThat(t.link(t.linkBetween(0, 1)).spec().loss()).isEqualTo(0.5);
        assertThat(t.link(t.linkBetween(0, 20)).spec().delayMillis()).isEqualTo(99);
        assertThat(t.link(t.linkBetween(1, 2)).spec().loss()).isEqualTo(0.01);
    }
}
