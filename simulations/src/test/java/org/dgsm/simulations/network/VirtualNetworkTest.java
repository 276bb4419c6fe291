package org.dgsm.simulations.network;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VirtualNetworkTest {

    @Test
    void findsTheFewestHopPathOverLinksThatAreUp() {
        // 0-1-2-3 and a shortcut 0-3
        Topology topology = Topology.builder(4)
                .link(0, 1, Graphs.clean(1)).link(1, 2, Graphs.clean(1)).link(2, 3, Graphs.clean(1))
                .link(0, 3, Graphs.clean(1)).build();
        VirtualNetwork network = new VirtualNetwork(topology);

        assertThat(network.path(0, 3)).containsExactly(topology.linkBetween(0, 3));
        network.takeDown(topology.linkBetween(0, 3));
        assertThat(network.path(0, 3)).containsExactly(topology.linkBetween(0, 1), topology.linkBetween(1, 2),
                topology.linkBetween(2, 3));
        assertThat(network.path(2, 2)).isEmpty();
    }

    @Test
    void aLinkHeldDownByTwoCausesComesBackOnlyWhenBothEnd() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(2, Graphs.clean(1)));
        AtomicInteger changes = new AtomicInteger();
        network.addListener(changes::incrementAndGet);

        network.takeDown(0);
        network.takeDown(0);
        assertThat(network.reachable(0, 1)).isFalse();
        assertThat(network.path(0, 1)).isNull();
        network.bringUp(0);
        assertThat(network.reachable(0, 1)).isFalse();
        network.bringUp(0);
        assertThat(network.reachable(0, 1)).isTrue();
        assertThat(changes.get()).isEqualTo(2);
        assertThatThrownBy(() -> network.bringUp(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsDuplicateAndSelfLinks() {
        Topology.Builder builder = Topology.builder(3).link(0, 1, Graphs.clean(1));
        assertThatThrownBy(() -> builder.link(1, 0, Graphs.clean(1))).hasMessageContaining("twice");
        assertThatThrownBy(() -> builder.link(2, 2, Graphs.clean(1))).hasMessageContaining("two different");
        assertThatThrownBy(() -> builder.link(0, 3, Graphs.clean(1))).hasMessageContaining("outside");
    }
}
