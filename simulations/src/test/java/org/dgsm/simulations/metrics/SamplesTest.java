package org.dgsm.simulations.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplesTest {

    @Test
    void percentilesUseTheNearestRank() {
        Samples s = new Samples();
        for (int v = 100; v >= 1; v--) {
            s.add(v);
        }
        assertThat(s.percentile(50)).isEqualTo(50);
        assertThat(s.percentile(90)).isEqualTo(90);
        assertThat(s.percentile(99)).isEqualTo(99);
        assertThat(s.percentile(100)).isEqualTo(100);
        assertThat(s.percentile(0.1)).isEqualTo(1);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.sortedValues()).startsWith(1, 2, 3).hasSize(100);
    }

    @Test
    void anEmptySetGivesZerosAndBadInputIsRefused() {
        Samples s = new Samples();
        assertThat(s.percentile(50)).isZero();
        assertThat(s.max()).isZero();
        assertThatThrownBy(() -> s.add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosAreRoundedToFourDecimals() {
        assertThat(ResultsJson.round(2 / 3.0)).isEqualTo(0.6667);
        SuccessCounter counter = new SuccessCounter();
        assertThat(counter.ratio()).isNaN();
        counter.record(true);
        counter.record(false);
        assertThat(counter.ratio()).isEqualTo(0.5);
    }
}
