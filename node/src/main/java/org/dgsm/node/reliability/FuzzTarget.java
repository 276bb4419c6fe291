package org.dgsm.node.reliability;

import java.util.List;

/**
 * One decoder under fuzzing: valid seed inputs to mutate, the call, and the exception the decoder documents for
 * bad input (null when it documents none, e.g. a checker that returns a status). Anything else thrown is a crash.
 */
public record FuzzTarget(String name, List<byte[]> seeds, Decoder decoder, Class<? extends Exception> documented,
                         int maxRandomLength) {

    /** The decoder under test, fed one input. */
    @FunctionalInterface
    public interface Decoder {
        void decode(byte[] input) throws Exception;
    }

    public FuzzTarget {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException(name + ": a fuzz target needs at least one valid seed");
        }
    }

    /** True when {@code t} is the documented way for this decoder to refuse an input. */
    public boolean isDocumented(Throwable t) {
        return documented != null && documented.isInstance(t);
    }
}
