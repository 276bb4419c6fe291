package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class PeerRegistryTest {

    private static final Octets MSC = Octets.ascii("msc-B1\0");

    @Test
    void routesANameToItsConnection() {
        PeerRegistry<String> registry = new PeerRegistry<>();
        assertThat(registry.register(MSC, "conn-1")).isEmpty();
        assertThat(registry.route(MSC)).hasValue("conn-1");
    }

    @Test
    void comparesNamesByAllTheirBytesIncludingTheNul() {
        PeerRegistry<String> registry = new PeerRegistry<>();
        registry.register(MSC, "conn-1");
        assertThat(registry.route(Octets.ascii("msc-B1"))).isEmpty();
    }

    @Test
    void aSecondConnectionTakesTheNameOverAndReportsTheFirst() {
        PeerRegistry<String> registry = new PeerRegistry<>();
        registry.register(MSC, "conn-1");
        assertThat(registry.register(MSC, "conn-2")).hasValue("conn-1");
        assertThat(registry.route(MSC)).hasValue("conn-2");
    }

    @Test
    void theReplacedConnectionClosingLeavesItsSuccessorRouted() {
        PeerRegistry<String> registry = new PeerRegistry<>();
        registry.register(MSC, "conn-1");
        registry.register(MSC, "conn-2");
        assertThat(registry.remove(MSC, "conn-1")).isFalse();
        assertThat(registry.route(MSC)).hasValue("conn-2");
        assertThat(registry.remove(MSC, "conn-2")).isTrue();
        assertThat(registry.route(MSC)).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void registeringTheSameConnectionAgainReplacesNothing() {
        PeerRegistry<String> registry = new PeerRegistry<>();
        registry.register(MSC, "conn-1");
        assertThat(registry.register(MSC, "conn-1")).isEmpty();
    }
}
