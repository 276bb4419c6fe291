package org.dgsm.simulations.plot;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlotsTest {

    @Test
    void aCdfStepsAtEveryValueAndEndsAtTheDeliveredShare() {
        XYSeries cdf = Plots.cdf("x", new long[] {0, 0, 0, 5, 5, 10}, 8, 1.0, 0);

        assertThat(cdf.getItemCount()).isEqualTo(4);
        assertThat(point(cdf, 0)).containsExactly(0.0, 0.0);
        assertThat(point(cdf, 1)).containsExactly(0.0, 3 / 8.0);
        assertThat(point(cdf, 2)).containsExactly(5.0, 5 / 8.0);
        assertThat(point(cdf, 3)).containsExactly(10.0, 6 / 8.0);
    }

    @Test
    void aLongCdfIsThinnedButKeepsItsEnds() {
        long[] values = new long[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        XYSeries cdf = Plots.cdf("x", values, values.length, 0.001, 0.1);

        assertThat(cdf.getItemCount()).isBetween(400, 402);
        assertThat(point(cdf, 0)).containsExactly(0.1, 0.0);
        assertThat(point(cdf, cdf.getItemCount() - 1)).containsExactly(99.999, 1.0);
    }

    private static double[] point(XYSeries series, int i) {
        return new double[] {series.getX(i).doubleValue(), series.getY(i).doubleValue()};
    }
}
