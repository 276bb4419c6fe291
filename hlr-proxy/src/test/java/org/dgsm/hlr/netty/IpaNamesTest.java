package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class IpaNamesTest {

    @Test
    void dropsTheTrailingNul() {
        assertThat(IpaNames.display(Octets.ascii("SGSN-00-00-00-00-00-00\0"))).isEqualTo("SGSN-00-00-00-00-00-00");
    }

    @Test
    void keepsANameWithoutNulAsIs() {
        assertThat(IpaNames.display(Octets.ascii("msc-B1"))).isEqualTo("msc-B1");
    }

    @Test
    void escapesBytesThatAreNotPrintable() {
        assertThat(IpaNames.display(Octets.fromHex("61000a5cff00"))).isEqualTo("a\\x00\\x0a\\x5c\\xff");
    }
}
