package org.dgsm.simulations.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsRetrySpecTest {

    private final SmsRetrySpec defaults = new SmsRetrySpec(5, 2, 10, 48, 0.1);

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        assertThat(defaults.delayMillis(1, 0.5)).isEqualTo(5_000);
        assertThat(defaults.delayMillis(2, 0.5)).isEqualTo(10_000);
        assertThat(defaults.delayMillis(3, 0.5)).isEqualTo(20_000);
        assertThat(defaults.delayMillis(8, 0.5)).isEqualTo(600_000);
        assertThat(defaults.delayMillis(30, 0.5)).isEqualTo(600_000);
    }

    @Test
    void spreadsByTheJitterButNeverPastTheCap() {
        assertThat(defaults.delayMillis(1, 0.0)).isEqualTo(4_500);
        assertThat(defaults.delayMillis(1, 0.999_999)).isEqualTo(5_500);
        assertThat(defaults.delayMillis(20, 0.999_999)).isEqualTo(600_000);
    }
}
