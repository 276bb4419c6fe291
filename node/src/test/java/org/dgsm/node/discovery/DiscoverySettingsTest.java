package org.dgsm.node.discovery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscoverySettingsTest {

    private static final DiscoverySettings DEFAULTS = DiscoverySettings.defaults(Sightings.ip("10.23.0.1"));

    @Test
    void defaultsMarkAKilledVillageDownWellWithinThirtySeconds() {
        assertThat(DEFAULTS.serviceType()).isEqualTo("_dgsm._udp.local.");
        assertThat(DEFAULTS.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULTS.livenessTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(DEFAULTS.livenessTimeout().plus(DEFAULTS.sweepInterval())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void refusesTheWildcardAddress() {
        assertThatThrownBy(() -> DiscoverySettings.defaults(Sightings.ip("0.0.0.0")))
                .hasMessageContaining("mesh address, not the wildcard");
    }

    @Test
    void refusesATimeoutShorterThanTwoHeartbeats() {
        assertThatThrownBy(() -> DEFAULTS.withTiming(Duration.ofSeconds(5), Duration.ofSeconds(9)))
                .hasMessageContaining("at least two heartbeats");
        assertThat(DEFAULTS.withTiming(Duration.ofSeconds(5), Duration.ofSeconds(10)).livenessTimeout())
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesMalformedServiceTypesAndTinyHeartbeats() {
        assertThatThrownBy(() -> new DiscoverySettings(Sightings.ip("10.0.0.1"), "_dgsm._udp.local", Duration.ofSeconds(1),
                Duration.ofSeconds(5), 10)).hasMessageContaining("service type");
        assertThatThrownBy(() -> new DiscoverySettings(Sightings.ip("10.0.0.1"), "dgsm._udp.local.", Duration.ofSeconds(1),
                Duration.ofSeconds(5), 10)).hasMessageContaining("service type");
        assertThatThrownBy(() -> DEFAULTS.withTiming(Duration.ofMillis(50), Duration.ofSeconds(5)))
                .hasMessageContaining("at least 100 ms");
    }

    @Test
    void sweepsAtATenthOfTheTimeoutBetweenATenthOfASecondAndOneSecond() {
        assertThat(DEFAULTS.sweepInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.withTiming(Duration.ofMillis(100), Duration.ofMillis(200)).sweepInterval())
                .isEqualTo(Duration.ofMillis(100));
        assertThat(DEFAULTS.withTiming(Duration.ofSeconds(1), Duration.ofSeconds(5)).sweepInterval())
                .isEqualTo(Duration.ofMillis(500));
    }
}
