package org.dgsm.node.status;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTextTest {

    private static final Instant NOW = Instant.parse("2026-11-26T14:30:00Z");

    @Test
    void relativeTimesUseTheLargestUnit() {
        assertThat(TimeText.relative(NOW.minusMillis(999), NOW)).isEqualTo("just now");
        assertThat(TimeText.relative(NOW.minusSeconds(59), NOW)).isEqualTo("59 s ago");
        assertThat(TimeText.relative(NOW.minusSeconds(60), NOW)).isEqualTo("1 min ago");
        assertThat(TimeText.relative(NOW.minusSeconds(3599), NOW)).isEqualTo("59 min ago");
        assertThat(TimeText.relative(NOW.minusSeconds(3600), NOW)).isEqualTo("1 h ago");
        assertThat(TimeText.relative(NOW.minusSeconds(86_400 * 3), NOW)).isEqualTo("3 d ago");
        assertThat(TimeText.relative(NOW.plusSeconds(25), NOW)).isEqualTo("in 25 s");
    }

    @Test
    void spansShowTwoUnits() {
        assertThat(TimeText.span(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(TimeText.span(Duration.ofSeconds(185))).isEqualTo("3 min 5 s");
        assertThat(TimeText.span(Duration.ofMinutes(302))).isEqualTo("5 h 2 min");
        assertThat(TimeText.span(Duration.ofHours(52))).isEqualTo("2 d 4 h");
        assertThat(TimeText.span(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }

    @Test
    void roundTripTimesInMillisecondsOrSeconds() {
        assertThat(TimeText.rtt(Duration.ofNanos(400_000))).isEqualTo("0.4 ms");
        assertThat(TimeText.rtt(Duration.ofMillis(38))).isEqualTo("38 ms");
        assertThat(TimeText.rtt(Duration.ofMillis(9_999))).isEqualTo("9999 ms");
        assertThat(TimeText.rtt(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
    }

    @Test
    void absoluteTimesAreUtc() {
        assertThat(TimeText.utc(NOW)).isEqualTo("2026-11-26 14:30:00 UTC");
    }
}
