package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IpaNamesTest {

    @Test
    void storesTheBytesBeforeTheFirstNul() {
        assertThat(IpaNames.toText(Octets.ascii("msc-B1\0"))).isEqualTo("msc-B1");
        assertThat(IpaNames.toText(Octets.ascii("msc\0B1\0"))).isEqualTo("msc");
        assertThat(IpaNames.toText(Octets.ascii("msc-B1"))).isEqualTo("msc-B1");
        assertThat(IpaNames.toText(Octets.ascii("\0"))).isEmpty();
    }

    @Test
    void turnsStoredTextBackIntoTheNameWithItsNul() {
        assertThat(IpaNames.fromText("msc-B1")).isEqualTo(Octets.ascii("msc-B1\0"));
    }

    @Test
    void printsNamesWithoutTheTrailingNulAndWithOtherControlBytesEscaped() {
        assertThat(IpaNames.printable(Octets.ascii("msc-B1\0"))).isEqualTo("msc-B1");
        assertThat(IpaNames.printable(Octets.fromHex("41000a42"))).isEqualTo("A\\x00\\x0aB");
        assertThat(IpaNames.printable(null)).isEqualTo("-");
    }
}
