package org.dgsm.mslookup.wire;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelValidationTest {

    @Test
    void serviceAddressRejectsPortsOutOfRange() throws Exception {
        InetAddress ip = InetAddress.getByName("10.0.0.1");

        assertThatThrownBy(() -> new ServiceAddress(ip, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be 1..65535, got 0");
        assertThatThrownBy(() -> new ServiceAddress(ip, 65536)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ServiceAddress(ip, 65535).port()).isEqualTo(65535);
    }

    @Test
    void serviceAddressPrintsLikeOsmo() throws Exception {
        assertThat(new ServiceAddress(InetAddress.getByName("10.2.2.2"), 5060).toString()).isEqualTo("10.2.2.2:5060");
        assertThat(new ServiceAddress(InetAddress.getByName("fd00::2"), 5062).toString()).isEqualTo("[fd00::2]:5062");
    }

    @Test
    void resultNeedsAnAddress() {
        assertThatThrownBy(() -> new MslookupResult(0, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an IPv4 or an IPv6 address");
    }

    @Test
    void resultRejectsAgeOutOfRange() throws Exception {
        ServiceAddress v4 = new ServiceAddress(InetAddress.getByName("10.0.0.1"), 1);

        assertThatThrownBy(() -> new MslookupResult(-1, v4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MslookupResult(4294967296L, v4, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MslookupResult(4294967295L, v4, null).ageSeconds()).isEqualTo(4294967295L);
    }

    @Test
    void resultRejectsAddressesInTheWrongSlot() throws Exception {
        ServiceAddress v4 = new ServiceAddress(InetAddress.getByName("10.0.0.1"), 1);
        ServiceAddress v6 = new ServiceAddress(InetAddress.getByName("::1"), 1);

        assertThatThrownBy(() -> new MslookupResult(0, v6, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v4 must hold an IPv4 address");
        assertThatThrownBy(() -> new MslookupResult(0, null, v4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v6 must hold an IPv6 address");
    }

    @Test
    void answerRejectsPacketIdOutOfRange() throws Exception {
        MslookupQuery q = new MslookupQuery("a", MslookupId.msisdn("1"));
        MslookupResult r = new MslookupResult(0, new ServiceAddress(InetAddress.getByName("10.0.0.1"), 1), null);

        assertThatThrownBy(() -> new MslookupAnswer(0x10000, q, r)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MslookupAnswer(0xffff, q, r).packetId()).isEqualTo(0xffff);
    }

    @Test
    void domainSuffixRules() {
        assertThat(DomainSuffix.requireValid("mdns.osmocom.org")).isEqualTo("mdns.osmocom.org");
        assertThat(DomainSuffix.requireValid("Example")).isEqualTo("Example");
        for (String bad : new String[] {"", ".a", "a.", "a..b", "a b", "a\u00e9", "x".repeat(64),
                "a." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(40)}) {
            assertThatThrownBy(() -> DomainSuffix.requireValid(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
