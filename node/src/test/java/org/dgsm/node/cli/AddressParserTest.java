package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressParserTest {

    @Test
    void parsesIpv4WithAndWithoutPort() {
        assertThat(AddressParser.socketAddress("127.0.0.2:4000", 4222)).isEqualTo(new InetSocketAddress("127.0.0.2", 4000));
        assertThat(AddressParser.socketAddress("127.0.0.2", 4222)).isEqualTo(new InetSocketAddress("127.0.0.2", 4222));
    }

    @Test
    void parsesBracketedIpv6() {
        InetSocketAddress a = AddressParser.socketAddress("[fd00::1]:5060", 1);
        assertThat(a.getAddress().getHostAddress()).isEqualTo("fd00:0:0:0:0:0:0:1");
        assertThat(a.getPort()).isEqualTo(5060);
    }

    @Test
    void refusesHostNamesSoNothingIsResolvedOverTheNetwork() {
        assertThatThrownBy(() -> AddressParser.socketAddress("example.org:1", 1))
                .hasMessageContaining("not an IP address in 'example.org:1'");
    }

    @Test
    void refusesPortsOutOfRange() {
        assertThatThrownBy(() -> AddressParser.socketAddress("127.0.0.1:70000", 1)).hasMessageContaining("1..65535");
    }

    @Test
    void parsesServices() {
        var e = AddressParser.service("sip.voice=10.0.0.1:5060");
        assertThat(e.getKey()).isEqualTo("sip.voice");
        assertThat(e.getValue().port()).isEqualTo(5060);
        assertThatThrownBy(() -> AddressParser.service("sip.voice=10.0.0.1")).hasMessageContaining("missing port");
        assertThatThrownBy(() -> AddressParser.service("=10.0.0.1:1")).hasMessageContaining("NAME=IP:PORT");
    }
}
