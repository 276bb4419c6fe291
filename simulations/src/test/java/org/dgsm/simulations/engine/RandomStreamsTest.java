package org.dgsm.simulations.engine;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RandomStreamsTest {

    @Test
    void sameSeedAndNameGiveTheSameSequenceWhateverWasCreatedBefore() {
        RandomStreams first = new RandomStreams(42);
        RandomStreams second = new RandomStreams(42);
        second.stream("something else").nextLong();
        second.stream("world.calls");

        assertThat(draw(first.stream("world.mobility"))).isEqualTo(draw(second.stream("world.mobility")));
    }

    @Test
    void differentNamesAndSeedsGiveDifferentSequences() {
        RandomStreams streams = new RandomStreams(42);
        assertThat(draw(streams.stream("a"))).isNotEqualTo(draw(streams.stream("b")));
        assertThat(draw(streams.stream("a"))).isNotEqualTo(draw(new RandomStreams(43).stream("a")));
    }

    @Test
    void exponentialDrawsHaveTheRequestedMean() {
        SplittableRandom random = new RandomStreams(1).stream("exp");
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += RandomStreams.exponential(random, 30.0);
        }
        assertThat(sum / n).isBetween(29.5, 30.5);
    }

    private static long[] draw(SplittableRandom random) {
        long[] values = new long[8];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong();
        }
        return values;
    }
}
