package org.dgsm.mslookup.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MslookupIdTest {

    @Test
    void acceptsImsiOfSixToFifteenDigits() {
        assertThat(MslookupId.imsi("123456").digits()).isEqualTo("123456");
        assertThat(MslookupId.imsi("123456789012345").digits()).hasSize(15);
    }

    @Test
    void rejectsImsiShorterThanSixDigits() {
        assertThatThrownBy(() -> MslookupId.imsi("12345")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("imsi must have 6 to 15 digits, got 5: '12345'");
    }

    @Test
    void rejectsImsiLongerThanFifteenDigits() {
        assertThatThrownBy(() -> MslookupId.imsi("1234567890123456")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsMsisdnOfOneToFifteenDigits() {
        assertThat(MslookupId.msisdn("1").digits()).isEqualTo("1");
        assertThat(MslookupId.msisdn("123456789012345").digits()).hasSize(15);
    }

    @Test
    void rejectsEmptyMsisdn() {
        assertThatThrownBy(() -> MslookupId.msisdn("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonDigits() {
        assertThatThrownBy(() -> MslookupId.msisdn("+4912")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits only");
        assertThatThrownBy(() -> MslookupId.imsi("12345a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MslookupId.msisdn("１２")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(IdType.IMSI.wireName()).isEqualTo("imsi");
        assertThat(IdType.MSISDN.wireName()).isEqualTo("msisdn");
        assertThat(IdType.fromWireName("MSISDN")).contains(IdType.MSISDN);
        assertThat(IdType.fromWireName("none")).isEmpty();
    }

    @Test
    void toStringIsDigitsDotType() {
        assertThat(MslookupId.msisdn("1001").toString()).isEqualTo("1001.msisdn");
    }
}
