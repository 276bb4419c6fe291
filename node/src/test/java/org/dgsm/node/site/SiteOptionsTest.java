package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteOptionsTest {

    @Test
    void defaultsAreForOneBoxOnLoopback() {
        SiteOptions o = SiteOptions.defaults();
        assertThat(o.gsupIp()).isEqualTo("127.0.0.1");
        assertThat(o.gsupPort()).isEqualTo(4222);
        assertThat(o.signalling()).isEqualTo(Signalling.IPA);
        assertThat(o.stpPort()).isEqualTo(5000);
        assertThat(o.mslookupInterface()).isEqualTo("lo");
        assertThat(o.database()).isEqualTo("/var/lib/dgsm/hlr.db");
        assertThat(o.overwrite()).isFalse();
    }

    @Test
    void smppPasswordIsRandomUnlessGiven() {
        String a = SiteOptions.defaults().smppPassword();
        String b = SiteOptions.defaults().smppPassword();
        assertThat(a).matches("[A-Za-z0-9]{8}");
        assertThat(a).isNotEqualTo(b);
        assertThat(SiteOptions.builder().smppPassword("pw").build().smppPassword()).isEqualTo("pw");
    }

    @Test
    void m3uaUsesItsOwnPortUnlessOneIsGiven() {
        assertThat(SiteOptions.builder().signalling(Signalling.M3UA).build().stpPort()).isEqualTo(2905);
        assertThat(SiteOptions.builder().signalling(Signalling.M3UA).stpPort(2906).build().stpPort()).isEqualTo(2906);
    }

    @Test
    void toBuilderKeepsEveryValue() {
        SiteOptions o = SiteOptions.builder().meshIp("10.23.1.1").mcc("001").mnc("001").smppPassword("x").build();
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void refusesValuesThatCouldBreakAConfigFile() {
        assertThatThrownBy(() -> SiteOptions.builder().meshIp("10.0.0.1\n bogus").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meshIp");
        assertThatThrownBy(() -> SiteOptions.builder().database("/var/lib/my db").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database");
        assertThatThrownBy(() -> SiteOptions.builder().smppSystemId("a${b}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smppSystemId");
    }

    @Test
    void refusesMalformedAddressesCodesAndNumbers() {
        assertThatThrownBy(() -> SiteOptions.builder().gsupIp("300.1.1.1").build())
                .hasMessageContaining("gsupIp must be an IPv4 address");
        assertThatThrownBy(() -> SiteOptions.builder().httpBind("127.0.0.1").build())
                .hasMessageContaining("httpBind must be IP:PORT");
        assertThatThrownBy(() -> SiteOptions.builder().gsupPort(0).build()).hasMessageContaining("gsupPort");
        assertThatThrownBy(() -> SiteOptions.builder().mcc("9011").build()).hasMessageContaining("mcc");
        assertThatThrownBy(() -> SiteOptions.builder().mnc("7").build()).hasMessageContaining("mnc");
        assertThatThrownBy(() -> SiteOptions.builder().mslookupTtl(0).build()).hasMessageContaining("mslookupTtl");
        assertThatThrownBy(() -> SiteOptions.builder().mscPointCode("23").build()).hasMessageContaining("point code");
        assertThatThrownBy(() -> SiteOptions.builder().smppPassword("123456789").build())
                .hasMessageContaining("at most 8");
    }
}
