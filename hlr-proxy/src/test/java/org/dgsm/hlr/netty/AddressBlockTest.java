package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressBlockTest {

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void containsAddressesInsideTheIpv4Prefix() throws Exception {
        AddressBlock block = AddressBlock.parse("10.23.0.0/16");
        assertThat(block.contains(ip("10.23.200.7"))).isTrue();
        assertThat(block.contains(ip("10.24.0.1"))).isFalse();
    }

    @Test
    void clearsHostBitsOfTheNetwork() {
        assertThat(AddressBlock.parse("10.23.9.9/16")).hasToString("10.23.0.0/16");
    }

    @Test
    void bareAddressIsABlockOfOne() throws Exception {
        AddressBlock block = AddressBlock.parse("127.0.0.2");
        assertThat(block.prefixLength()).isEqualTo(32);
        assertThat(block.contains(ip("127.0.0.2"))).isTrue();
        assertThat(block.contains(ip("127.0.0.3"))).isFalse();
    }

    @Test
    void ipv4BlockMatchesIpv4MappedIpv6Source() throws Exception {
        assertThat(AddressBlock.parse("192.0.2.0/24").contains(ip("::ffff:192.0.2.5"))).isTrue();
    }

    @Test
    void ipv6BlockDoesNotMatchIpv4() throws Exception {
        AddressBlock block = AddressBlock.parse("fd00::/8");
        assertThat(block.contains(ip("fd12::1"))).isTrue();
        assertThat(block.contains(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void zeroPrefixMatchesEveryAddressOfItsFamily() throws Exception {
        assertThat(AddressBlock.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
    }

    @Test
    void rejectsHostNamesAndBadPrefixes() {
        assertThatThrownBy(() -> AddressBlock.parse("localhost")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'localhost'");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("33");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.256")).isInstanceOf(IllegalArgumentException.class);
    }
}
