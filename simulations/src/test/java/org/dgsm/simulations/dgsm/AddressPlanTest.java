package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.gsup.Octets;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPlanTest {

    @Test
    void everyVillageAddressMapsBackToItsVillage() {
        for (int v = 0; v < 1000; v++) {
            MslookupResult result = new MslookupResult(3, new ServiceAddress(AddressPlan.address(v), 5060), null);
            assertThat(AddressPlan.villageOf(result)).isEqualTo(v);
        }
    }

    @Test
    void addressesOutsideThePlanAndMissingAnswersMapToNoVillage() throws Exception {
        MslookupResult foreign = new MslookupResult(0,
                new ServiceAddress(InetAddress.getByName("192.168.1.1"), 5060), null);
        assertThat(AddressPlan.villageOf(foreign)).isEqualTo(-1);
        assertThat(AddressPlan.villageOf((MslookupResult) null)).isEqualTo(-1);
    }

    @Test
    void addressTextMapsBackToItsVillage() {
        assertThat(AddressPlan.villageOf("10.0.0.1")).isZero();
        assertThat(AddressPlan.villageOf("10.3.231.1")).isEqualTo(999);
        assertThat(AddressPlan.villageOf("10.0.3.2")).isEqualTo(-1);
        assertThat(AddressPlan.villageOf("192.168.0.1")).isEqualTo(-1);
        assertThat(AddressPlan.villageOf("10.x.3.1")).isEqualTo(-1);
        assertThat(AddressPlan.villageOf("fd00::1")).isEqualTo(-1);
    }

    @Test
    void theOsmoProxyModelReadsTheMsisdnIeAsOsmoWritesIt() {
        // 200312345 as [length][TBCD]: 05 02 30 21 43 f5
        assertThat(OsmoProxyModel.msisdnOf(Octets.fromHex("0502302143f5"))).isEqualTo("200312345");
        assertThat(OsmoProxyModel.msisdnOf(Octets.of((byte) 0))).isNull();
        assertThat(OsmoProxyModel.msisdnOf(Octets.of((byte) 9, (byte) 0x21))).isNull();
        assertThat(OsmoProxyModel.msisdnOf(null)).isNull();
    }
}
