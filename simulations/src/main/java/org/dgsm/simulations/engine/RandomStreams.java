package org.dgsm.simulations.engine;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Named random streams derived from one scenario seed. A stream depends only on the seed and its name, never on
 * which other streams exist or in which order they were created, so the world (mobility, traffic, link failures)
 * replays identically whichever systems are simulated alongside it.
 */
public final class RandomStreams {

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh generator for {@code name}; the same name always gives the same sequence. */
    public SplittableRandom stream(String name) {
        Objects.requireNonNull(name, "name");
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(mix(h ^ mix(seed)));
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An exponentially distributed draw with the given mean (≥ 0). */
    public static double exponential(SplittableRandom random, double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble()); // StrictMath: the same bits on every JVM
    }
}
