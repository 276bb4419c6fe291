package org.dgsm.simulations.network;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class UnicastTransportTest {

    @Test
    void aCleanPathCostsItsDelays() {
        UnicastTransport transport = new UnicastTransport(new VirtualNetwork(Graphs.line(3, Graphs.clean(7))),
                new SplittableRandom(1));
        assertThat(transport.datagramDelay(0, 2)).isEqualTo(14);
        assertThat(transport.reliableDelay(2, 0)).isEqualTo(14);
        assertThat(transport.sipInvite(0, 2)).isEqualTo(28);
        assertThat(transport.sipInvite(1, 1)).isZero();
    }

    @Test
    void nothingGetsThroughWithoutAPath() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(3, Graphs.clean(7)));
        UnicastTransport transport = new UnicastTransport(network, new SplittableRandom(1));
        network.takeDown(0);
        assertThat(transport.datagramDelay(0, 2)).isEqualTo(UnicastTransport.FAILED);
        assertThat(transport.reliableDelay(0, 2)).isEqualTo(UnicastTransport.FAILED);
        assertThat(transport.sipInvite(0, 2)).isEqualTo(UnicastTransport.FAILED);
        assertThat(transport.reachable(1, 2)).isTrue();
    }

    @Test
    void tcpPaysARetransmissionTimeoutForEveryLoss() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(2, new LinkSpec(0.5, 10, 0, 0, 0, 0)));
        UnicastTransport transport = new UnicastTransport(network, new SplittableRandom(11));
        int delayed = 0;
        for (int i = 0; i < 1000; i++) {
            long delay = transport.reliableDelay(0, 1);
            if (delay == UnicastTransport.FAILED) {
                continue;
            }
            // 10 ms plus a sum of doubling timeouts 1 s, 2 s, 4 s, ... (so 10, 1010, 3010, 7010, ...)
            assertThat((delay - 10) % 1000).isZero();
            assertThat(Long.bitCount((delay - 10) / 1000 + 1)).isEqualTo(1);
            if (delay > 10) {
                delayed++;
            }
        }
        assertThat(delayed).isBetween(430, 570);
    }

    @Test
    void sipGivesUpWhenEveryRetransmissionIsLost() {
        VirtualNetwork network = new VirtualNetwork(Graphs.line(2, new LinkSpec(1.0, 10, 0, 0, 0, 0)));
        UnicastTransport transport = new UnicastTransport(network, new SplittableRandom(1));
        assertThat(transport.sipInvite(0, 1)).isEqualTo(UnicastTransport.FAILED);
    }
}
