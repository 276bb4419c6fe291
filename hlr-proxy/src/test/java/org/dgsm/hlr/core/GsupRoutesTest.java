package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.CnDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GsupRoutesTest {

    private static final Octets MSC_A1 = Octets.ascii("msc-A1\0");
    private static final Octets MSC_B1 = Octets.ascii("msc-B1\0");
    private static final Octets HLR_B = Octets.ascii("hlr-B\0");
    private static final Octets HLR_C = Octets.ascii("hlr-C\0");

    @Test
    void aConnectedPeerReachesItself() {
        GsupRoutes routes = new GsupRoutes();
        routes.connect(MSC_A1, 5);
        assertThat(routes.peerFor(MSC_A1)).contains(MSC_A1);
        assertThat(routes.peerFor(Octets.ascii("msc-A1"))).isEmpty();
    }

    @Test
    void theFirstProxyToForwardForANameKeepsIt() {
        GsupRoutes routes = new GsupRoutes();
        routes.connect(HLR_B, 0);
        routes.connect(HLR_C, 0);
        assertThat(routes.learn(MSC_B1, HLR_B)).isTrue();
        assertThat(routes.learn(MSC_B1, HLR_B)).isTrue();
        assertThat(routes.learn(MSC_B1, HLR_C)).isFalse();
        assertThat(routes.peerFor(MSC_B1)).contains(HLR_B);
    }

    @Test
    void disconnectingRemovesThePeerAndEveryRouteThroughIt() {
        GsupRoutes routes = new GsupRoutes();
        routes.connect(HLR_B, 0);
        routes.learn(MSC_B1, HLR_B);
        routes.disconnect(HLR_B);
        assertThat(routes.peerFor(MSC_B1)).isEmpty();
        assertThat(routes.peerFor(HLR_B)).isEmpty();
        assertThat(routes.connectedPeers()).isEmpty();
        assertThat(routes.learn(MSC_B1, HLR_C)).isTrue();
    }

    @Test
    void aReconnectUnderTheSameNameStartsAfresh() {
        GsupRoutes routes = new GsupRoutes();
        routes.connect(MSC_A1, 10);
        routes.markServes(MSC_A1, CnDomain.CS);
        routes.connect(MSC_A1, 20);
        assertThat(routes.connectedPeers())
                .containsExactly(new ConnectedPeer(MSC_A1, "msc-A1", 20, false, false));
    }

    @Test
    void listsPeersWithWhatTheyServe() {
        GsupRoutes routes = new GsupRoutes();
        routes.connect(MSC_A1, 10);
        routes.ensureConnected(MSC_A1, 99);
        routes.markServes(MSC_A1, CnDomain.CS);
        routes.markServes(HLR_B, CnDomain.PS);
        assertThat(routes.connectedPeers())
                .containsExactly(new ConnectedPeer(MSC_A1, "msc-A1", 10, true, false));
    }
}
