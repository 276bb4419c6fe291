package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    @Test
    void doublesUpToTheMaximum() {
        ReconnectBackoff backoff = new ReconnectBackoff(1_000, 5_000);
        assertThat(new long[] {backoff.nextDelayMillis(), backoff.nextDelayMillis(), backoff.nextDelayMillis(),
                backoff.nextDelayMillis(), backoff.nextDelayMillis()})
                .containsExactly(1_000, 2_000, 4_000, 5_000, 5_000);
    }

    @Test
    void startsOverAfterReset() {
        ReconnectBackoff backoff = new ReconnectBackoff(100, 1_000);
        backoff.nextDelayMillis();
        backoff.nextDelayMillis();
        backoff.reset();
        assertThat(backoff.nextDelayMillis()).isEqualTo(100);
    }

    @Test
    void rejectsAMaximumBelowTheMinimum() {
        assertThatThrownBy(() -> new ReconnectBackoff(100, 99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectBackoff(0, 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
