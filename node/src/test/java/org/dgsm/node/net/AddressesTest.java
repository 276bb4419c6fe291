package org.dgsm.node.net;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressesTest {

    @Test
    void parsesIpv4WithAndWithoutPort() {
        assertThat(Addresses.socketAddress("127.0.0.2:4000", 4222)).isEqualTo(new InetSocketAddress("127.0.0.2", 4000));
        assertThat(Addresses.socketAddress("127.0.0.2", 4222)).isEqualTo(new InetSocketAddress("127.0.0.2", 4222));
    }

    @Test
    void parsesBracketedIpv6() {
        InetSocketAddress a = Addresses.socketAddress("[fd00::1]:5060", 1);
        assertThat(a.getAddress().getHostAddress()).isEqualTo("fd00:0:0:0:0:0:0:1");
        assertThat(a.getPort()).isEqualTo(5060);
    }

    @Test
    void refusesHostNamesSoNothingIsResolvedOverTheNetwork() {
        assertThatThrownBy(() -> Addresses.socketAddress("example.org:1", 1))
                .hasMessageContaining("not an IP address in 'example.org:1'");
    }

    @Test
    void refusesHexWordsThatLookLikeNamesWithoutResolvingThem() {
        assertThatThrownBy(() -> Addresses.socketAddress("deadbeef:1", 1)).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Addresses.socketAddress("ab.cd", 1)).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Addresses.socketAddress("300.1.1.1", 1)).hasMessageContaining("not an IP address");
    }

    @Test
    void refusesPortsOutOfRange() {
        assertThatThrownBy(() -> Addresses.socketAddress("127.0.0.1:70000", 1)).hasMessageContaining("1..65535");
    }

    @Test
    void parsesServices() {
        var e = Addresses.service("sip.voice=10.0.0.1:5060");
        assertThat(e.getKey()).isEqualTo("sip.voice");
        assertThat(e.getValue().port()).isEqualTo(5060);
        assertThatThrownBy(() -> Addresses.service("sip.voice=10.0.0.1")).hasMessageContaining("missing port");
        assertThatThrownBy(() -> Addresses.service("=10.0.0.1:1")).hasMessageContaining("NAME=IP:PORT");
    }
}
