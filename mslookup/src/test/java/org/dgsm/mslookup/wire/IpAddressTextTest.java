package org.dgsm.mslookup.wire;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected texts are what glibc's inet_ntop printed for the same 16 bytes (Debian 12). */
class IpAddressTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "fd000000000000000000000000000002, fd00::2",
            "23234242171711110000000000000042, 2323:4242:1717:1111::42",
            "00000000000000000000000000000001, ::1",
            "00000000000000000000000000000000, ::",
            "00010000000000000000000000000000, 1::",
            "00010000000000010000000000000001, 1:0:0:1::1",
            "00010000000000010000000000010001, 1::1:0:0:1:1",
            "00010000000100000001000000010000, 1:0:1:0:1:0:1:0",
            "00010002000300040005000600070000, 1:2:3:4:5:6:7:0",
            "20010db8000000000001000000000001, 2001:db8::1:0:0:1",
            "fe80000000000000abcdef0123456789, fe80::abcd:ef01:2345:6789",
            "00000000000000000000ffff01020304, ::ffff:1.2.3.4",
            "00000000000000000000ffff00000000, ::ffff:0.0.0.0",
            "00000000000000000000000001020304, ::1.2.3.4",
            "00000000000000000000000000000102, ::102",
            "0000000000000000ffff000001020304, ::ffff:0:102:304",
            "00000000000000000001ffff01020304, ::1:ffff:102:304",
            "ffffffffffffffffffffffffffffffff, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    })
    void formatsIpv6LikeInetNtop(String hex, String expected) throws Exception {
        InetAddress address = java.net.Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex), -1);

        assertThat(IpAddressText.format(address)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0a020202, 10.2.2.2", "7f000001, 127.0.0.1", "00000000, 0.0.0.0", "ffffffff, 255.255.255.255"})
    void formatsIpv4AsDottedQuad(String hex, String expected) throws Exception {
        InetAddress address = InetAddress.getByAddress(HexFormat.of().parseHex(hex));

        assertThat(IpAddressText.format(address)).isEqualTo(expected);
    }
}
