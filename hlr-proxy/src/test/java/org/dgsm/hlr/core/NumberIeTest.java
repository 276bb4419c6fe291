package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberIeTest {

    @Test
    void encodesMsisdnsAsOsmoHlrDoesInTheCaptures() {
        assertThat(NumberIe.msisdn("2001").toHex()).isEqualTo("020210");
        assertThat(NumberIe.msisdn("1001").toHex()).isEqualTo("020110");
        assertThat(NumberIe.msisdn("12345").toHex()).isEqualTo("032143f5");
    }

    @Test
    void encodesNoNumberAsOneZeroOctet() {
        assertThat(NumberIe.msisdn(null).toHex()).isEqualTo("00");
        assertThat(NumberIe.msisdn("").toHex()).isEqualTo("00");
    }

    @Test
    void refusesCharactersTbcdCannotCarry() {
        assertThatThrownBy(() -> NumberIe.msisdn("+4930")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesTheCapturedImei() {
        assertThat(NumberIe.imei(Octets.fromHex("0753968330653408"))).contains("35693803564380");
    }

    @Test
    void decodesNothingFromMissingOrMalformedImeis() {
        assertThat(NumberIe.imei(null)).isEmpty();
        assertThat(NumberIe.imei(Octets.EMPTY)).isEmpty();
        assertThat(NumberIe.imei(Octets.fromHex("53968330653408"))).isEmpty();
        assertThat(NumberIe.imei(Octets.fromHex("0853968330653408f0"))).isEmpty();
        assertThat(NumberIe.imei(Octets.fromHex("07539683306534"))).isEmpty();
        assertThat(NumberIe.imei(Octets.fromHex("075396833065340f"))).isEmpty();
        assertThat(NumberIe.imei(Octets.fromHex("07539683306534b8"))).isEmpty();
    }
}
