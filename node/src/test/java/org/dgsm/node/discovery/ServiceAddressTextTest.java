package org.dgsm.node.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceAddressTextTest {

    @Test
    void readsIpv4AndPort() throws Exception {
        assertThat(ServiceAddressText.parse("10.9.1.2:5060")).isEqualTo(Sightings.service("10.9.1.2", 5060));
    }

    @Test
    void readsBracketedIpv6AndPort() throws Exception {
        assertThat(ServiceAddressText.parse("[fd00::2]:4222")).isEqualTo(Sightings.service("fd00::2", 4222));
    }

    @Test
    void readsWhatServiceAddressWrites() throws Exception {
        var v6 = Sightings.service("fd00:0:0:0:0:0:0:2", 65535);
        var v4 = Sightings.service("192.168.0.1", 1);
        assertThat(ServiceAddressText.parse(v6.toString())).isEqualTo(v6);
        assertThat(ServiceAddressText.parse(v4.toString())).isEqualTo(v4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:5060", "example.org:5060", "[example::org]:1", "[g::1]:1", "1.2.3:5060",
            "1.2.3.4.5:1", "256.1.1.1:1", "1.2.3.4", "1.2.3.4:", "1.2.3.4:0", "1.2.3.4:65536", "1.2.3.4:-1",
            "1.2.3.4:+80", "fd00::2:5060", "[fd00::2]5060", "[1.2.3.4]:80", "[fd00::2%lo]:1", " 1.2.3.4:1", "1.2.3.4 :1",
            "0x1.2.3.4:1", "1..3.4:1", ""})
    void refusesAnythingButAnIpLiteralAndAPort(String text) {
        assertThatThrownBy(() -> ServiceAddressText.parse(text)).isInstanceOf(MalformedAnnouncementException.class);
    }

    @Test
    void refusesLongTextBeforeLookingAtIt() {
        assertThatThrownBy(() -> ServiceAddressText.parse("1".repeat(65)))
                .isInstanceOf(MalformedAnnouncementException.class).hasMessageContaining("longer than 64");
    }

    @Test
    void quotesBadTextWithoutControlCharacters() {
        assertThatThrownBy(() -> ServiceAddressText.parse("evil\nname:1"))
                .hasMessageContaining("'evil?name:1'");
    }
}
