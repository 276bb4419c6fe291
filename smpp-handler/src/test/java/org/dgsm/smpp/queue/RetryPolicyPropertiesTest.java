package org.dgsm.smpp.queue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyPropertiesTest {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(10),
            Duration.ofDays(2), 0.1);

    @Property(tries = 2_000)
    void delaysStayInsideTheJitterBandAndUnderTheCap(@ForAll @IntRange(min = 1, max = 1_000) int attempts,
                                                     @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false)
                                                     double random) {
        long base = (long) Math.min(5_000 * Math.pow(2, Math.min(attempts - 1, 40)), 600_000);
        long delay = POLICY.delayMillis(attempts, random);

        assertThat(delay).isBetween((long) Math.floor(base * 0.9), (long) Math.min(Math.ceil(base * 1.1), 600_000));
    }

    @Property(tries = 2_000)
    void withoutJitterDelaysNeverShrink(@ForAll @IntRange(min = 1, max = 60) int attempts) {
        RetryPolicy exact = new RetryPolicy(Duration.ofMillis(300), 1.7, Duration.ofMinutes(3), Duration.ofDays(1), 0);
        assertThat(exact.delayMillis(attempts + 1, 0.5)).isGreaterThanOrEqualTo(exact.delayMillis(attempts, 0.5));
    }

    @Test
    void doublesFromTheInitialDelayToTheCap() {
        RetryPolicy exact = new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30), Duration.ofHours(1),
                0);
        assertThat(new long[] {exact.delayMillis(1, 0), exact.delayMillis(2, 0), exact.delayMillis(3, 0),
            exact.delayMillis(4, 0), exact.delayMillis(5, 0)}).containsExactly(5_000, 10_000, 20_000, 30_000, 30_000);
    }

    @Test
    void refusesSenselessSettings() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofSeconds(1), Duration.ofHours(1), 0))
                .hasMessageContaining("initial retry delay must be positive");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), Duration.ofHours(1),
                0)).hasMessageContaining("below the initial delay");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1),
                Duration.ofHours(1), 0)).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), Duration.ofHours(1),
                0.9)).hasMessageContaining("jitter");
    }
}
