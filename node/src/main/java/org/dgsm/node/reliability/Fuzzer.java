package org.dgsm.node.reliability;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Feeds a {@link FuzzTarget} a fixed number of {@link Mutator} inputs from a seed, so a run can be repeated. */
public final class Fuzzer {

    private static final int KEPT_CRASHES = 5;

    private Fuzzer() {
    }

    public static FuzzResult run(FuzzTarget target, long inputs, long seed) {
        Mutator mutator = new Mutator(seed, target.seeds(), target.maxRandomLength());
        long accepted = 0;
        long refused = 0;
        long crashes = 0;
        List<FuzzResult.Crash> samples = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < inputs; i++) {
            byte[] input = mutator.next();
            try {
                target.decoder().decode(input);
                accepted++;
            } catch (Throwable t) {
                if (target.isDocumented(t)) {
                    refused++;
                } else {
                    crashes++;
                    if (samples.size() < KEPT_CRASHES) {
                        samples.add(new FuzzResult.Crash(HexFormat.of().formatHex(input), t.toString()));
                    }
                    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                        throw (VirtualMachineError) t;
                    }
                }
            }
        }
        return new FuzzResult(target.name(), inputs, accepted, refused, crashes, samples,
                (System.nanoTime() - start) / 1_000_000);
    }
}
