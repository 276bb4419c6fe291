package org.dgsm.node.reliability;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoryTrendTest {

    private static final long MIB = 1 << 20;

    private static List<MemorySample> samples(long startMib, long growthPerSampleMib, int n) {
        List<MemorySample> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(new MemorySample(i * 30L, (startMib + growthPerSampleMib * i) * MIB + (i % 3) * MIB / 2, 0, i));
        }
        return s;
    }

    @Test
    void flatHeapWithNoiseIsBounded() {
        MemoryTrend t = MemoryTrend.of(samples(40, 0, 60), 10, 1.25);

        assertThat(t.bounded()).isTrue();
        assertThat(t.samplesUsed()).isEqualTo(50);
        assertThat(t.slopeBytesPerMinute()).isLessThan(MIB / 10.0);
    }

    @Test
    void heapGrowingEverySampleIsNotBounded() {
        MemoryTrend t = MemoryTrend.of(samples(40, 1, 60), 10, 1.25);

        assertThat(t.bounded()).isFalse();
        assertThat(t.slopeBytesPerMinute()).isBetween(1.9 * MIB, 2.1 * MIB);
        assertThat(t.lastThirdMaxBytes()).isGreaterThan(t.firstThirdMaxBytes());
    }

    @Test
    void warmUpGrowthIsIgnored() {
        List<MemorySample> s = new ArrayList<>(samples(2, 2, 6));
        for (MemorySample m : samples(40, 0, 12)) {
            s.add(new MemorySample(180 + m.elapsedSeconds(), m.heapUsedBytes(), 0, 0));
        }

        assertThat(MemoryTrend.of(s, 6, 1.25).bounded()).isTrue();
        assertThat(MemoryTrend.of(s, 0, 1.25).bounded()).isFalse();
    }

    @Test
    void tooFewSamplesAfterWarmUpAreRefused() {
        assertThatThrownBy(() -> MemoryTrend.of(samples(40, 0, 4), 2, 1.25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
    }
}
