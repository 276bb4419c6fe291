package org.dgsm.hlr.mslookup;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MslookupServiceSettingsTest {

    private static ServiceAddress address(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void serviceAddressesNeedAtLeastOneAddressInTheRightSlot() {
        assertThatThrownBy(() -> new ServiceAddresses(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceAddresses(address("fd00::1", 1), null))
                .hasMessageContaining("IPv4");
        assertThatThrownBy(() -> new ServiceAddresses(null, address("10.0.0.1", 1)))
                .hasMessageContaining("IPv6");
    }

    @Test
    void putsAnAddressIntoTheSlotOfItsFamily() {
        ServiceAddresses v4 = ServiceAddresses.of(address("10.0.0.1", 5060));
        assertThat(v4.v4()).isEqualTo(address("10.0.0.1", 5060));
        assertThat(v4.v6()).isNull();
        ServiceAddresses both = v4.with(address("fd00::1", 5061));
        assertThat(both).isEqualTo(new ServiceAddresses(address("10.0.0.1", 5060), address("fd00::1", 5061)));
        assertThat(both.with(address("10.0.0.2", 1)).v6()).isEqualTo(address("fd00::1", 5061));
    }

    @Test
    void copiesItsMaps() {
        Map<String, ServiceAddresses> global = new HashMap<>();
        global.put("sip.voice", ServiceAddresses.of(address("10.0.0.1", 5060)));
        MslookupServiceSettings settings = new MslookupServiceSettings(global, Map.of(), null, Duration.ZERO);
        global.clear();
        assertThat(settings.global()).containsKey("sip.voice");
    }

    @Test
    void rejectsMscBlocksWithoutAProperName() {
        assertThatThrownBy(() -> new MslookupServiceSettings(Map.of(), Map.of("", Map.of()), null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MslookupServiceSettings(Map.of(), Map.of("msc\0", Map.of()), null,
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsANegativeValidity() {
        assertThatThrownBy(() -> new MslookupServiceSettings(Map.of(), Map.of(), null, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gsupHlrOnlyAnswersNothingElse() {
        ServiceAddresses gsup = ServiceAddresses.of(address("10.9.8.7", 4222));
        MslookupServiceSettings settings = MslookupServiceSettings.gsupHlrOnly(gsup);
        assertThat(settings.gsupHlrAnswer()).isEqualTo(gsup);
        assertThat(settings.serviceFor("msc-A1", "sip.voice")).isNull();
        assertThat(settings.validity()).isEqualTo(Duration.ofSeconds(3600));
    }
}
